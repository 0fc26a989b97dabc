package app.galley.publish;

/** A template that cannot be read or rendered, with a message naming the file and the problem. */
public class TemplateException extends Exception {

    public TemplateException(String message) {
        super(message);
    }

    public TemplateException(String message, Throwable cause) {
        super(message, cause);
    }
}
