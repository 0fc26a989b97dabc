package app.galley.cli;

import app.galley.service.Services;
import app.galley.store.Library;

/** One command's open library and the services over it; closing it closes the library. */
final class Session implements AutoCloseable {

    private final Library library;
    private final Services services;

    Session(Library library, Services services) {
        this.library = library;
        this.services = services;
    }

    Services services() {
        return services;
    }

    /** Where the library is, for messages. */
    String location() {
        return library.location();
    }

    @Override
    public void close() {
        library.close();
    }
}
