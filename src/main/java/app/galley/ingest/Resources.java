package app.galley.ingest;

import app.galley.ingest.extract.ImageRef;
import app.galley.model.Attachment;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Where the images an article refers to can be found when it is imported: beside a saved page, in
 * the parts of an MHTML file. Never the network: an import reads only what the editor brought.
 */
interface Resources {

    /** Per image, at most; larger ones are left out (and logged). */
    int MAX_IMAGE_BYTES = 20 * 1024 * 1024;
    /** Per article, all images together. */
    long MAX_TOTAL_BYTES = 100L * 1024 * 1024;

    Resources NONE = src -> Optional.empty();

    /** The bytes and file name {@code src} refers to, if this source holds them. */
    Optional<Found> find(String src);

    record Found(String name, byte[] bytes) {
    }

    /** The article's images that can be found, as attachments (each once, images only, within the limits). */
    default List<Attachment> attachments(List<ImageRef> images) {
        List<Attachment> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        long total = 0;
        for (ImageRef image : images) {
            if (!seen.add(image.src())) {
                continue;
            }
            Optional<Found> found = find(image.src());
            if (found.isEmpty()) {
                if (image.web() != null) {
                    // not brought with the page: kept as its address, loaded only if the editor allows it
                    out.add(new Attachment(webName(image.web()), webType(image.web()), new byte[0], image.label(), image.web()));
                }
                continue;
            }
            byte[] bytes = found.get().bytes();
            String type = imageType(bytes);
            if (type == null || bytes.length > MAX_IMAGE_BYTES || total + bytes.length > MAX_TOTAL_BYTES) {
                continue;
            }
            total += bytes.length;
            out.add(new Attachment(found.get().name(), type, bytes, image.label(), image.src()));
        }
        return out;
    }

    /** The file name at the end of an image's web address. */
    static String webName(String url) {
        String path = url.replaceFirst("[?#].*$", "");
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.isBlank() ? "image" : name;
    }

    /** The media type an image's web address suggests (its bytes are not here to tell). */
    static String webType(String url) {
        String name = webName(url).toLowerCase(Locale.ROOT);
        if (name.endsWith(".png")) {
            return "image/png";
        }
        if (name.endsWith(".gif")) {
            return "image/gif";
        }
        if (name.endsWith(".webp")) {
            return "image/webp";
        }
        if (name.endsWith(".svg")) {
            return "image/svg+xml";
        }
        return "image/jpeg";
    }

    /** The image media type the bytes themselves show (their magic numbers), or null if not an image. */
    static String imageType(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return "image/jpeg";
        }
        if (b.length >= 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "image/png";
        }
        if (b.length >= 6 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F' && b[3] == '8') {
            return "image/gif";
        }
        if (b.length >= 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F'
                && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
            return "image/webp";
        }
        if (b.length >= 12 && b[4] == 'f' && b[5] == 't' && b[6] == 'y' && b[7] == 'p'
                && (b[8] == 'a' && b[9] == 'v' && b[10] == 'i' || b[8] == 'h' && b[9] == 'e' && b[10] == 'i')) {
            return b[8] == 'a' ? "image/avif" : "image/heic";
        }
        String head = new String(b, 0, Math.min(b.length, 512), java.nio.charset.StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        if (head.contains("<svg")) {
            return "image/svg+xml";
        }
        return null;
    }
}
