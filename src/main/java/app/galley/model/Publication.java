package app.galley.model;

import java.time.Instant;

/** Where an article is on a publishing target: the remote post's id, address and status. */
public record Publication(long articleId, long targetId, long remoteId, String remoteUrl, String remoteStatus,
                          Instant updated) {
}
