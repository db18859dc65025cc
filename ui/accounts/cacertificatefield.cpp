#include "accounts/cacertificatefield.h"

#include "api/tlstrust.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStringList>

namespace exotrunk {

CaCertificateField::CaCertificateField(QWidget *parent)
    : QWidget(parent) {
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("caCertificateEdit"));
    m_edit->setAccessibleName(tr("Extra CA certificate file"));
    m_edit->setPlaceholderText(tr("None: only the system's certificate authorities"));
    m_edit->setToolTip(tr("A PEM or DER file with the CA certificate of a proxy that inspects "
                          "HTTPS traffic, trusted for this account besides the system's."));
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setObjectName(QStringLiteral("caCertificateBrowseButton"));
    m_browse->setAccessibleName(tr("Choose the extra CA certificate file"));
    m_browse->setToolTip(tr("Pick the CA certificate file (PEM or DER) from a folder"));
    m_clear = new QPushButton(tr("C&lear"), this);
    m_clear->setObjectName(QStringLiteral("caCertificateClearButton"));
    m_clear->setAccessibleName(tr("Clear the extra CA certificate file"));
    m_clear->setToolTip(tr("Trust only the system's certificate authorities for this account"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("caCertificateSummaryLabel"));
    m_summary->setTextFormat(Qt::PlainText); // subjects come from a file: never rich text
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setVisible(false);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 0, 0);
    layout->addWidget(m_browse, 0, 1);
    layout->addWidget(m_clear, 0, 2);
    layout->addWidget(m_summary, 1, 0, 1, 3);

    setFocusProxy(m_edit); // the form label's mnemonic lands in the path
    connect(m_edit, &QLineEdit::textChanged, this, [this] {
        updateSummary();
        emit pathChanged();
    });
    connect(m_browse, &QPushButton::clicked, this, &CaCertificateField::choose);
    connect(m_clear, &QPushButton::clicked, m_edit, &QLineEdit::clear);
    updateSummary();
}

QString CaCertificateField::path() const {
    return m_edit->text().trimmed();
}

void CaCertificateField::setPath(const QString &path) {
    m_edit->setText(path);
}

void CaCertificateField::choose() {
    const QString start = path().isEmpty() ? QString() : QFileInfo(path()).absolutePath();
    const QString chosen =
        QFileDialog::getOpenFileName(this, tr("Choose the extra CA certificate"), start,
                                     tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"));
    if (!chosen.isEmpty())
        m_edit->setText(chosen);
}

void CaCertificateField::updateSummary() {
    m_clear->setEnabled(!m_edit->text().isEmpty());
    const QString file = path();
    const tls::CaFileSummary summary =
        file.isEmpty() ? tls::CaFileSummary() : tls::summarizeCaFile(file);
    QStringList lines;
    for (const tls::CertificateSummary &certificate : summary.certificates) {
        lines << tr("Subject: %1").arg(certificate.subject)
              << tr("SHA-256: %1").arg(certificate.sha256)
              << tr("Expires: %1")
                     .arg(QLocale().toString(certificate.expiresAt.toLocalTime(),
                                             QLocale::LongFormat));
    }
    m_summary->setText(lines.join(QLatin1Char('\n')));
    m_summary->setVisible(!lines.isEmpty());
}

} // namespace exotrunk
