package com.example.opsbench.teamchat;

import java.util.Locale;
import java.util.ResourceBundle;

/** The plug-in's texts in the user's language (messages.properties, messages_zh.properties). */
final class Messages {

    private Messages() {
    }

    static String get(String key) {
        return ResourceBundle.getBundle("com.example.opsbench.teamchat.messages", Locale.getDefault(), Messages.class.getClassLoader())
                .getString(key);
    }
}
