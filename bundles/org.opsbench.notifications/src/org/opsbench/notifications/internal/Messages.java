package org.opsbench.notifications.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Texts of the notification services, in English and Simplified Chinese. */
public final class Messages {

    private Messages() {
    }

    public static String format(String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle("org.opsbench.notifications.messages", Locale.getDefault(),
                Messages.class.getClassLoader()).getString(key);
        return new MessageFormat(pattern, Locale.getDefault()).format(arguments);
    }
}
