package app.galley.ingest;

import java.util.Locale;

/** Refuses inputs that are not article text: empty, binary, too large, or undecodable. */
public final class InputCheck {

    private InputCheck() {
    }

    /** Describes a size in the units people read: {@code 50.0 MB}. */
    public static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    /** Decompresses gzip data, refusing more than {@code limit} bytes (a gzip bomb). */
    public static byte[] gunzip(java.io.InputStream compressed, long limit) throws ImportProblem {
        try (java.io.InputStream in = new java.util.zip.GZIPInputStream(compressed)) {
            byte[] out = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (out.length > limit) {
                throw new ImportProblem("too large when decompressed (over " + size(limit) + ")");
            }
            return out;
        } catch (java.io.IOException e) {
            throw new ImportProblem("not a valid gzip file: " + e.getMessage());
        }
    }

    /** Refuses a file larger than {@code limit} before it is read. */
    public static void checkSize(long bytes, long limit) throws ImportProblem {
        if (bytes > limit) {
            throw new ImportProblem("too large: " + size(bytes) + " (the limit for one article is " + size(limit) + ")");
        }
    }

    /** Refuses empty content and well-known binary formats, before decoding. */
    public static void checkBytes(byte[] bytes) throws ImportProblem {
        if (bytes.length == 0) {
            throw new ImportProblem("empty file");
        }
        String kind = binaryKind(bytes);
        if (kind != null) {
            throw new ImportProblem("binary file (" + kind + "), not text");
        }
        if (!CharsetDetection.hasBom(bytes)) {
            int nul = 0;
            int n = Math.min(bytes.length, 8192);
            for (int i = 0; i < n; i++) {
                if (bytes[i] == 0) {
                    nul++;
                }
            }
            if (nul > 0 && nul * 100 >= n) {
                throw new ImportProblem("binary file (contains NUL bytes), not text");
            }
        }
    }

    /** Refuses decoded text that is blank or mostly control characters and replacement marks. */
    public static void checkText(String text) throws ImportProblem {
        if (text.isBlank()) {
            throw new ImportProblem("no text in file (only white space)");
        }
        int bad = 0;
        int total = 0;
        int marks = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            total++;
            if (ch == '\uFFFD' || (Character.isISOControl(ch) && ch != '\n' && ch != '\r' && ch != '\t' && ch != '\f')) {
                bad++;
            } else if (Character.getType(ch) == Character.NON_SPACING_MARK || Character.getType(ch) == Character.ENCLOSING_MARK) {
                marks++;
            }
        }
        if (marks * 2 > total) {
            throw new ImportProblem("does not look like text: " + (marks * 100 / total)
                    + "% of it is combining marks with nothing to combine with");
        }
        if (bad * 20 > total) {
            throw new ImportProblem("does not look like text: " + (bad * 100 / total)
                    + "% of it is control characters or undecodable bytes (binary file or unknown encoding?)");
        }
    }

    private static String binaryKind(byte[] b) {
        if (starts(b, 0x89, 'P', 'N', 'G')) {
            return "PNG image";
        }
        if (starts(b, 0xFF, 0xD8, 0xFF)) {
            return "JPEG image";
        }
        if (starts(b, 'G', 'I', 'F', '8')) {
            return "GIF image";
        }
        if (starts(b, '%', 'P', 'D', 'F')) {
            return "PDF document";
        }
        if (starts(b, 'P', 'K', 0x03, 0x04)) {
            return "ZIP archive or office document";
        }
        if (starts(b, 0x1F, 0x8B)) {
            return "gzip archive";
        }
        if (starts(b, 0x7F, 'E', 'L', 'F')) {
            return "executable";
        }
        if (starts(b, 0xD0, 0xCF, 0x11, 0xE0)) {
            return "old Microsoft Office document";
        }
        if (starts(b, 'R', 'I', 'F', 'F')) {
            return "RIFF media file";
        }
        return null;
    }

    private static boolean starts(byte[] b, int... prefix) {
        return CharsetDetection.startsWith(b, prefix);
    }
}
