package app.galley.analyze;

import java.util.List;

/**
 * Someone a text names, with the roles it gives them.
 *
 * @param name     the name without titles ("張旭", "Alicia Moreno")
 * @param roles    the titles and roles given with the name ("中科院上海分院副院長", "Council Member")
 * @param mentions where the text names them (the name's start offsets, ascending)
 */
public record Person(String name, List<String> roles, List<Integer> mentions) {
    public Person {
        roles = List.copyOf(roles);
        mentions = List.copyOf(mentions);
    }

    /**
     * True if the text calls them only by surname and a word of address ("王老先生", "林小姐"): a speaker
     * to show, but no one to tag an article with.
     */
    public boolean addressedOnly() {
        String addressed = ZhNames.addressedAt(name, 0);
        return addressed != null && addressed.length() == name.length();
    }
}
