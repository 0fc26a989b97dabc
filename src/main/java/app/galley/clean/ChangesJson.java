package app.galley.clean;

import app.galley.text.Change;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/** Changes as the store keeps them with a revision: a JSON array of {@link Change} objects. */
public final class ChangesJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ChangesJson() {
    }

    public static String write(List<Change> changes) {
        try {
            return JSON.writeValueAsString(changes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The changes, or an empty list for null (a revision without any). */
    public static List<Change> read(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            return JSON.readValue(json, new TypeReference<List<Change>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a list of changes: " + e.getOriginalMessage(), e);
        }
    }
}
