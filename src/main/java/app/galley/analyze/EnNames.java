package app.galley.analyze;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** English personal names: runs of capitalised words, with leading titles split off as the role. */
final class EnNames {

    private static final String WORD = "(?:(?:Dr|Mr|Mrs|Ms|Prof|Sen|Rep|Gov|Gen|Lt|Sgt|Capt|Col|Rev|St)\\.|[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?|[A-Z]\\.|Mc[A-Z][a-z]+|O['’][A-Z][a-z]+|[A-Z]{2,4}\\b)";
    private static final String PARTICLE = "(?:de|van|von|da|del|der|bin|al|la|le)";
    static final Pattern CAPITALISED = Pattern.compile("(?=[A-Z])" + WORD + "(?:\\s+(?:" + PARTICLE + "\\s+)?" + WORD + ")*");
    /** Capitalised words that do not start or make a name. */
    private static final Set<String> NOT_NAMES = Set.of("The", "A", "An", "In", "On", "At", "But", "And", "Or", "If",
            "When", "While", "After", "Before", "This", "That", "These", "Those", "It", "He", "She", "They", "We", "I",
            "You", "His", "Her", "Their", "Our", "My", "As", "For", "From", "With", "By", "Of", "To", "Mon", "Tuesday",
            "Monday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April",
            "May", "June", "July", "August", "September", "October", "November", "December", "Jan.", "Feb.", "Aug.",
            "Sept.", "Oct.", "Nov.", "Dec.", "According", "Still", "Yet", "So", "Now", "Then", "There", "Here",
            "Asked", "Speaking", "Meanwhile", "However", "Also", "Last", "Next", "Some", "Many", "Most", "Officials");
    /** Words that make a capitalised run an organisation or a place, not a person. */
    private static final Set<String> ORGANISATION = Set.of("Council", "City", "County", "Department", "Authority",
            "University", "Agency", "Ministry", "Company", "Corp.", "Inc.", "Group", "Association", "Institute",
            "Office", "Bureau", "Commission", "Committee", "Board", "Party", "Bank", "Court", "Police", "Hospital",
            "School", "College", "Center", "Centre", "Foundation", "Times", "News", "Press", "Reuters", "Street",
            "Avenue", "Road", "Station", "Airport", "Senate", "Congress", "Parliament",
            "Administration", "Service", "Services", "Fund", "Union", "Club", "Project", "Program", "Programme");

    private EnNames() {
    }

    /** A name with the title written before it. */
    record Found(String name, String title, int start, int end) {
    }

    /**
     * The person a capitalised run starting at or after {@code from} names, up to {@code limit}: titles
     * split off ("Council Member Alicia Moreno" gives "Alicia Moreno" with the title "Council Member"),
     * or null if the run names no person (an organisation, a weekday, a sentence's first word).
     */
    static Found first(String text, int from, int limit) {
        Matcher m = CAPITALISED.matcher(text);
        m.region(from, limit);
        while (m.find()) {
            Found f = split(m.group(), m.start());
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    /** All names in a range of the text. */
    static List<Found> all(String text, int from, int limit) {
        List<Found> found = new ArrayList<>();
        Matcher m = CAPITALISED.matcher(text);
        m.region(from, limit);
        while (m.find()) {
            Found f = split(m.group(), m.start());
            if (f != null) {
                found.add(f);
            }
        }
        return found;
    }

    static Found split(String run, int at) {
        String[] words = run.split("\\s+");
        int i = 0;
        while (i < words.length && NOT_NAMES.contains(words[i])) {
            i++;
        }
        int titleStart = i;
        while (i < words.length - 1 && Lexicon.EN_TITLES.contains(words[i])) {
            i++;
        }
        if (i >= words.length) {
            return null;
        }
        // a title word after words that qualify it: "Transportation Secretary Pete Buttigieg", "Foreign Minister Wang Yi"
        for (int j = words.length - 2; j > i; j--) {
            if (Lexicon.EN_TITLES.contains(words[j])) {
                i = j + 1;
                break;
            }
        }
        for (int k = i; k < words.length; k++) {
            if (ORGANISATION.contains(words[k]) || NOT_NAMES.contains(words[k])) {
                return null;
            }
        }
        if (words.length - i == 1 && words[i].matches("[A-Z]{2,4}|[A-Z]\\.")) {
            return null;
        }
        String title = String.join(" ", java.util.Arrays.copyOfRange(words, titleStart, i));
        String name = String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
        int start = at + run.indexOf(words[i]);
        return new Found(name, title, start, at + run.length());
    }

    static String lastWord(String name) {
        int sp = name.lastIndexOf(' ');
        return sp < 0 ? name : name.substring(sp + 1);
    }
}
