package app.galley.analyze;

import app.galley.text.Scripts;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The bundled list of places (major cities and regions) in Traditional, Simplified and English. */
public final class Gazetteer {

    /** A place with its names. */
    public record Place(String traditional, String simplified, String english, List<String> aliases) {
        public String name(String language) {
            return switch (language == null ? "" : language) {
                case "zh-Hans" -> simplified;
                case "en" -> english;
                default -> traditional;
            };
        }

        List<String> allNames() {
            List<String> n = new ArrayList<>(List.of(traditional, simplified, english));
            n.addAll(aliases);
            return n;
        }
    }

    private static final class Holder {
        static final List<Place> PLACES = load();
    }

    private Gazetteer() {
    }

    public static List<Place> places() {
        return Holder.PLACES;
    }

    private static List<Place> load() {
        List<Place> out = new ArrayList<>();
        try (InputStream in = Gazetteer.class.getResourceAsStream("/app/galley/taxonomy/places.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t");
                out.add(new Place(f[0], f[1], f[2], f.length > 3 ? List.of(f[3].split("\\|")) : List.of()));
            }
        } catch (IOException | NullPointerException e) {
            throw new UncheckedIOException(new IOException("the bundled place list cannot be read", e));
        }
        return List.copyOf(out);
    }

    /**
     * The places a text names, with how often, most named first. Names inside a longer place name
     * count for that one only; Latin names must stand as whole words.
     */
    public static Map<Place, Integer> in(String text) {
        List<int[]> taken = new ArrayList<>();
        Map<Place, Integer> found = new LinkedHashMap<>();
        List<Map.Entry<String, Place>> names = new ArrayList<>();
        for (Place p : places()) {
            for (String n : p.allNames()) {
                names.add(Map.entry(n, p));
            }
        }
        names.sort((a, b) -> b.getKey().length() - a.getKey().length());
        for (Map.Entry<String, Place> n : names) {
            String name = n.getKey();
            boolean latin = Character.isLetter(name.charAt(0)) && !Scripts.isHan(name.charAt(0));
            for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
                int end = i + name.length();
                if (latin && ((i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)))
                        || (end < text.length() && Character.isLetterOrDigit(text.charAt(end))))) {
                    continue;
                }
                int at = i;
                if (taken.stream().anyMatch(r -> at < r[1] && end > r[0])) {
                    continue;
                }
                taken.add(new int[] {i, end});
                found.merge(n.getValue(), 1, Integer::sum);
            }
        }
        Map<Place, Integer> sorted = new LinkedHashMap<>();
        found.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }
}
