package app.galley.model;

import java.util.Objects;

/**
 * Where articles are published: a WordPress site, by its address and the user publishing. The
 * user's Application Password is never part of it (it is kept outside the library, see the publish layer).
 */
public record PublishTarget(long id, String name, String kind, String siteUrl, String username) {

    public static final String WORDPRESS = "wordpress";

    public PublishTarget {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(siteUrl, "siteUrl");
        Objects.requireNonNull(username, "username");
        siteUrl = siteUrl.replaceAll("/+$", "");
    }
}
