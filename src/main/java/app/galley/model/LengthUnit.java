package app.galley.model;

/** How the length of a text is counted: CJK text in characters, Latin-script text in words. */
public enum LengthUnit {
    CHARACTERS, WORDS;

    public String key() {
        return this == CHARACTERS ? "chars" : "words";
    }
}
