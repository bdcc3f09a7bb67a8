package vn.hanoi.papi.checklist;

/** A template file that cannot be used; the message names the file and what is wrong. */
public class TemplateException extends RuntimeException {
    public TemplateException(String message) {
        super(message);
    }

    public TemplateException(String message, Throwable cause) {
        super(message, cause);
    }
}
