package org.opsbench.notifications;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Texts of the notification services, in English and Simplified Chinese. */
final class Messages {

    private Messages() {
    }

    static String format(String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle("org.opsbench.notifications.messages", Locale.getDefault(),
                Messages.class.getClassLoader()).getString(key);
        return new MessageFormat(pattern, Locale.getDefault()).format(arguments);
    }
}
