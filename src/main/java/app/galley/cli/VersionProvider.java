package app.galley.cli;

import app.galley.AppVersion;
import picocli.CommandLine.IVersionProvider;

final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"Galley " + AppVersion.get(), "Java " + System.getProperty("java.version")};
    }
}
