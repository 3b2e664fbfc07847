// E-mail through nodemailer's SMTP transport when SMTP_URL is set; without it reminders stay in-app.
import nodemailer from 'nodemailer';

export interface Mail {
  to: string[];
  subject: string;
  text: string;
}

export interface Mailer {
  send(mail: Mail): Promise<void>;
  close(): void;
}

/** A mailer over SMTP_URL (smtp://host:port) from MAIL_FROM, or null when SMTP_URL is not set. */
export function mailerFromEnv(env: Record<string, string | undefined>): Mailer | null {
  const url = env.SMTP_URL?.trim();
  if (!url) return null;
  const transport = nodemailer.createTransport(url);
  const from = env.MAIL_FROM?.trim() || 'Tiến Độ <tiendo@localhost>';
  return {
    async send(mail) {
      await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text });
    },
    close: () => transport.close(),
  };
}
