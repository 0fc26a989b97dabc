package app.galley.analyze;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Resolves the subjects of attributions in reading order, pronouns to the last person named in a
 * compatible role (issue 20): once a person has been 他 or "he", 她 or "she" is someone else, and a
 * person introduced as 女士 or "Ms" is not 他. A pronoun no one fits stays unresolved.
 */
final class Pronouns {

    private final People people;
    /** 'm' or 'f' for each person a pronoun or a title has told. */
    private final Map<String, Character> known = new HashMap<>();

    Pronouns(People people) {
        this.people = people;
    }

    String resolve(Attribution.Subject subject) {
        if (subject == null) {
            return null;
        }
        return switch (subject.kind()) {
            case NAME -> subject.value();
            case PRONOUN -> {
                char gender = gender(subject.value());
                String who = people.lastBefore(subject.at(), name -> fits(name, gender));
                if (who != null) {
                    known.putIfAbsent(who, gender);
                }
                yield who;
            }
            case ROLE -> people.lastWithRole(subject.value(), subject.at());
            case UNKNOWN -> null;
        };
    }

    private boolean fits(String name, char gender) {
        Character told = known.get(name);
        if (told == null) {
            told = fromRoles(name);
        }
        return told == null || told == gender;
    }

    private Character fromRoles(String name) {
        for (String role : people.rolesOf(name)) {
            String r = role.toLowerCase(Locale.ROOT);
            if (r.contains("女士") || r.contains("小姐") || r.matches("(?:.*\\b)?(?:ms|mrs|miss)\\.?(?:\\b.*)?")) {
                return 'f';
            }
            if (r.contains("先生") || r.matches("(?:.*\\b)?mr\\.?(?:\\b.*)?")) {
                return 'm';
            }
        }
        return null;
    }

    private static char gender(String pronoun) {
        return pronoun.equals("她") || pronoun.equalsIgnoreCase("she") ? 'f' : 'm';
    }
}
