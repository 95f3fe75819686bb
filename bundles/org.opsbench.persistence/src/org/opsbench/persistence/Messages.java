package org.opsbench.persistence;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** User-facing texts of the persistence layer, in English and Simplified Chinese. */
final class Messages {

    private static final String BUNDLE = "org.opsbench.persistence.messages";

    private Messages() {
    }

    static String format(String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.getDefault(), Messages.class.getClassLoader());
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        return new MessageFormat(pattern, Locale.getDefault()).format(arguments);
    }
}
