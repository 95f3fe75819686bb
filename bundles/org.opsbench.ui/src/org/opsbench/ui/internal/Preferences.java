package org.opsbench.ui.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/**
 * Where the workbench's settings live. The database connection belongs to the workspace (its
 * preferences); the language belongs to the person, so it is kept in ~/.opsbench/language where the
 * {@code opsbench} launcher reads it and passes {@code -nl} before the platform starts.
 */
final class Preferences {

    static final String NODE = "org.opsbench.ui";
    /** Overrides ~/.opsbench (tests use their own folder). */
    static final String USER_SETTINGS_PROPERTY = "opsbench.user.settings";

    private static ScopedPreferenceStore store;

    private Preferences() {
    }

    static synchronized IPreferenceStore store() {
        if (store == null) {
            store = new ScopedPreferenceStore(InstanceScope.INSTANCE, NODE);
        }
        return store;
    }

    /** Database settings keys as in {@link org.opsbench.persistence.DatabaseSettings}: a -D system property wins over the preference. */
    static Function<String, String> databaseProperties() {
        IPreferenceStore preferences = store();
        return key -> {
            String system = System.getProperty(key);
            if (system != null) {
                return system;
            }
            String stored = preferences.getString(key);
            return stored == null || stored.isEmpty() ? null : stored;
        };
    }

    static Path languageFile() {
        String folder = System.getProperty(USER_SETTINGS_PROPERTY);
        return (folder != null ? Path.of(folder) : Path.of(System.getProperty("user.home"), ".opsbench")).resolve("language");
    }

    /** @return the chosen language tag (e.g. zh_CN), or "" for the system's language */
    static String language() {
        try {
            Path file = languageFile();
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8).trim() : "";
        } catch (IOException e) {
            return "";
        }
    }

    static void setLanguage(String tag) throws IOException {
        Path file = languageFile();
        if (tag.isEmpty()) {
            Files.deleteIfExists(file);
        } else {
            Files.createDirectories(file.getParent());
            Files.writeString(file, tag + "\n", StandardCharsets.UTF_8);
        }
    }
}
