package org.opsbench.notifications.internal;

import org.opsbench.notifications.DeliveryException;
import org.opsbench.notifications.NotificationChannel;

import java.util.Date;
import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.opsbench.notifications.model.DeliverySettings;

/** E-mail over SMTP with Angus Mail, in UTF-8 so that Chinese subjects and texts arrive intact. */
public final class EmailChannel implements NotificationChannel {

    @Override
    public void send(Message message, DeliverySettings settings) throws DeliveryException {
        if (settings.getSmtpHost() == null || settings.getSmtpHost().isBlank()) {
            throw new DeliveryException(Messages.format("mailNoServer"));
        }
        String timeout = String.valueOf(settings.getConnectTimeoutSeconds() * 1000L);
        Properties properties = new Properties();
        properties.put("mail.smtp.host", settings.getSmtpHost());
        properties.put("mail.smtp.port", String.valueOf(settings.getSmtpPort()));
        properties.put("mail.smtp.connectiontimeout", timeout);
        properties.put("mail.smtp.timeout", timeout);
        properties.put("mail.smtp.writetimeout", timeout);
        boolean authenticate = settings.getSmtpUser() != null && !settings.getSmtpUser().isBlank();
        properties.put("mail.smtp.auth", String.valueOf(authenticate));
        if (settings.isSmtpStartTls()) {
            properties.put("mail.smtp.starttls.enable", "true");
            properties.put("mail.smtp.starttls.required", "true");
        }
        // Jakarta Mail finds its SMTP provider through the context class loader; in OSGi that is Angus Mail's own.
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(org.eclipse.angus.mail.smtp.SMTPTransport.class.getClassLoader());
        try {
            Session session = Session.getInstance(properties);
            MimeMessage mail = new MimeMessage(session);
            mail.setFrom(new InternetAddress(settings.getSender(), true));
            mail.setRecipients(jakarta.mail.Message.RecipientType.TO, InternetAddress.parse(message.recipient(), true));
            mail.setSubject(message.subject(), "UTF-8");
            mail.setText(message.body() == null ? "" : message.body(), "UTF-8");
            mail.setSentDate(new Date());
            if (authenticate) {
                Transport.send(mail, settings.getSmtpUser(), settings.getSmtpPassword());
            } else {
                Transport.send(mail);
            }
        } catch (AddressException e) {
            throw new DeliveryException(Messages.format("mailBadAddress", e.getRef(), e.getMessage()), e);
        } catch (MessagingException e) {
            throw new DeliveryException(Messages.format("mailFailed", settings.getSmtpHost(), settings.getSmtpPort(), reason(e)), e);
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    /** The server's own words: the innermost message, e.g. "535 5.7.8 Authentication credentials invalid". */
    private static String reason(Throwable failure) {
        String text = failure.getMessage();
        for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null) {
                text = text + " (" + cause.getMessage() + ")";
            }
        }
        return text == null ? failure.getClass().getSimpleName() : text.strip();
    }
}
