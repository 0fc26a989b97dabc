package app.galley.ingest;

import app.galley.model.ArticleDraft;
import app.galley.model.Original;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Date;
import java.util.Locale;
import org.apache.james.mime4j.dom.Body;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.SingleBody;
import org.apache.james.mime4j.dom.TextBody;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.stream.MimeConfig;

/**
 * E-mail ({@code .eml}, wire copy sent by mail) and MHTML ({@code .mhtml}, pages saved by browsers):
 * the HTML part goes through the extractor, else the plain-text part through the text reader.
 */
final class MimeReader {

    private MimeReader() {
    }

    static ArticleDraft read(byte[] bytes, Original original, boolean email) throws ImportProblem {
        Message message;
        try {
            DefaultMessageBuilder builder = new DefaultMessageBuilder();
            builder.setMimeEntityConfig(MimeConfig.PERMISSIVE);
            message = builder.parseMessage(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            throw new ImportProblem("not a readable MIME message: " + e.getMessage());
        }
        try {
            String html = part(message, "text/html");
            String text = html == null ? part(message, "text/plain") : null;
            if (html == null && text == null) {
                throw new ImportProblem("the message has no HTML or text part");
            }
            String subject = message.getSubject();
            // a mail's HTML part is the message: every paragraph kept, titled by the Subject when it has no <h1>
            ArticleDraft draft = html == null ? TextArticleReader.read(text, original)
                    : email ? HtmlArticleReader.readMailPart(html, subject, original, new Parts(message))
                    : HtmlArticleReader.read(html, null, original, new Parts(message));
            String title = draft.title();
            if (text != null && subject != null && !subject.isBlank()) {
                title = subject.strip(); // a mail's subject is its headline; the text starts with the body
            }
            String byline = draft.byline();
            Instant published = draft.published();
            if (email) {
                if (byline == null && message.getFrom() != null && !message.getFrom().isEmpty()) {
                    var from = message.getFrom().get(0);
                    byline = from.getName() != null ? from.getName() : from.getAddress();
                }
                // the Date header through the one date parser (ADR 22), then mime4j's own reading of it
                var field = message.getHeader() == null ? null : message.getHeader().getField("Date");
                Instant stated = field == null ? null : app.galley.text.FeedDates.parse(field.getBody());
                Date date = message.getDate();
                if (published == null) {
                    published = stated != null ? stated : date != null ? date.toInstant() : null;
                }
            }
            return draft.withHeader(title, byline, published);
        } finally {
            message.dispose();
        }
    }

    /** The binary parts of a message, found by their {@code Content-Location} or {@code cid:} address. */
    private static final class Parts implements Resources {
        private final java.util.Map<String, Entity> byAddress = new java.util.HashMap<>();

        Parts(Entity root) {
            collect(root);
        }

        private void collect(Entity entity) {
            if (entity.getBody() instanceof Multipart multipart) {
                multipart.getBodyParts().forEach(this::collect);
                return;
            }
            if (entity.getHeader() == null) {
                return;
            }
            var location = entity.getHeader().getField("Content-Location");
            if (location != null && location.getBody() != null) {
                byAddress.put(location.getBody().strip(), entity);
            }
            var id = entity.getHeader().getField("Content-ID");
            if (id != null && id.getBody() != null) {
                byAddress.put("cid:" + id.getBody().strip().replaceAll("^<|>$", ""), entity);
            }
        }

        @Override
        public java.util.Optional<Found> find(String src) {
            Entity part = byAddress.get(src);
            if (part == null || !(part.getBody() instanceof SingleBody body)) {
                return java.util.Optional.empty();
            }
            try (var in = body.getInputStream()) {
                byte[] bytes = in.readNBytes(MAX_IMAGE_BYTES + 1);
                if (bytes.length > MAX_IMAGE_BYTES) {
                    return java.util.Optional.empty();
                }
                String name = part.getFilename() != null ? part.getFilename()
                        : src.substring(src.lastIndexOf('/') + 1).replaceAll("[?#].*", "");
                return java.util.Optional.of(new Found(name.isBlank() ? "image" : name, bytes));
            } catch (IOException e) {
                return java.util.Optional.empty();
            }
        }
    }

    /** The decoded text of the first part of this media type, searching nested multiparts. */
    private static String part(Entity entity, String mimeType) throws ImportProblem {
        Body body = entity.getBody();
        if (body instanceof Multipart multipart) {
            for (Entity child : multipart.getBodyParts()) {
                String found = part(child, mimeType);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (body instanceof TextBody textBody && mimeType.equals(entity.getMimeType().toLowerCase(Locale.ROOT))) {
            // the part's bytes, decoded as browsers and mail programs do (gb2312 as GB18030, big5 as Big5-HKSCS)
            try (java.io.InputStream in = textBody.getInputStream()) {
                return CharsetDetection.decode(in.readAllBytes(), textBody.getMimeCharset(), mimeType.contains("html"))
                        .text();
            } catch (IOException e) {
                throw new ImportProblem("cannot decode the " + mimeType + " part: " + e.getMessage());
            }
        }
        return null;
    }
}
