package org.opsbench.reports;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Texts of the report writers, in English and Simplified Chinese. */
final class Messages {

    private Messages() {
    }

    static String format(String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle("org.opsbench.reports.messages", Locale.getDefault(), Messages.class.getClassLoader())
                .getString(key);
        return new MessageFormat(pattern, Locale.getDefault()).format(arguments);
    }
}
