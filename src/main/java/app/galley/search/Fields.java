package app.galley.search;

/** The fields of a search document. */
final class Fields {
    static final String ID = "id";
    static final String TITLE = "title";
    static final String BODY = "body";
    static final String TAG = "tag";
    static final String SPEAKER = "speaker";
    static final String SOURCE = "source";
    static final String SOURCE_KEY = "source_key";
    static final String STATUS = "status";
    static final String LANG = "lang";
    static final String PUBLISHED = "published";
    static final String UPDATED = "updated";
    /** The Media Topics an article is tagged with (qcodes), and a marker that it has any. */
    static final String TOPIC = "topic";
    static final String HAS_TOPIC = "has_topic";

    private Fields() {
    }
}
