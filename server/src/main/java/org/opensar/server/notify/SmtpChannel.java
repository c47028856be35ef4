package org.opensar.server.notify;

import java.util.Properties;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Email through the council's SMTP server, with Jakarta Mail. */
final class SmtpChannel implements EmailChannel {

    private final JavaMailSenderImpl sender = new JavaMailSenderImpl();
    private final String from;

    SmtpChannel(NotifyProperties properties) {
        sender.setHost(properties.smtpHost());
        sender.setPort(properties.smtpPort());
        sender.setDefaultEncoding("UTF-8");
        Properties mail = sender.getJavaMailProperties();
        if (!NotifyProperties.blank(properties.smtpUsername())) {
            sender.setUsername(properties.smtpUsername());
            sender.setPassword(properties.smtpPassword());
            mail.put("mail.smtp.auth", "true");
        }
        mail.put("mail.smtp.starttls.enable", String.valueOf(properties.smtpStartTls()));
        mail.put("mail.smtp.starttls.required", String.valueOf(properties.smtpStartTls()));
        mail.put("mail.smtp.connectiontimeout", "10000");
        mail.put("mail.smtp.timeout", "10000");
        this.from = properties.from();
    }

    @Override
    public String name() {
        return "SMTP";
    }

    @Override
    public void send(String to, String subject, String body, String reference) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(subject);
        message.setText(body);
        sender.send(message);
    }
}
