#include "accounts/tokenrotationdialog.h"

#include "accounts/accountmanager.h"
#include "accounts/tokenfield.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace exotrunk {

TokenRotationDialog::TokenRotationDialog(AccountManager *manager, ConnectionVerifier verifier,
                                         const QString &profileId, QWidget *parent)
    : QDialog(parent)
    , m_manager(manager)
    , m_verifier(std::move(verifier))
    , m_profileId(profileId) {
    setObjectName(QStringLiteral("tokenRotationDialog"));
    setWindowTitle(tr("Rotate API token"));

    const auto profile = m_manager ? m_manager->profile(profileId) : std::nullopt;
    m_profileLabel = new QLabel(this);
    m_profileLabel->setObjectName(QStringLiteral("rotationProfileLabel"));
    m_profileLabel->setWordWrap(true);
    if (profile)
        m_profileLabel->setText(tr("<b>%1</b> — %2, account %3")
                                    .arg(profile->displayName.toHtmlEscaped(),
                                         profile->regionLabel().toHtmlEscaped(),
                                         profile->accountSid.toHtmlEscaped()));
    auto *explanation = new QLabel(
        tr("Enter the new API key and token from the Exotel dashboard. They are checked against "
           "Exotel first; the saved token is replaced only if the check succeeds."),
        this);
    explanation->setWordWrap(true);

    m_apiKeyEdit = new QLineEdit(this);
    m_apiKeyEdit->setObjectName(QStringLiteral("newApiKeyEdit"));
    m_apiKeyEdit->setToolTip(tr("The API key that goes with the new token"));
    if (profile)
        m_apiKeyEdit->setText(profile->apiKey);
    m_tokenField = new TokenField(QStringLiteral("newApiTokenEdit"),
                                  QStringLiteral("revealTokenButton"), this);

    auto *form = new QFormLayout;
    form->addRow(tr("API &key:"), m_apiKeyEdit);
    form->addRow(tr("New API &token:"), m_tokenField);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("rotationProgress"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(8);
    m_progress->setVisible(false);
    m_statusLabel = new QLabel(this);
    m_statusLabel->setTextFormat(Qt::PlainText); // may quote the server's error description
    m_statusLabel->setObjectName(QStringLiteral("rotationStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statusLabel->setVisible(false);

    auto *buttons = new QDialogButtonBox(this);
    m_rotateButton = buttons->addButton(tr("&Verify and replace"), QDialogButtonBox::AcceptRole);
    m_rotateButton->setObjectName(QStringLiteral("rotateTokenButton"));
    m_rotateButton->setDefault(true);
    m_cancelButton = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(QStringLiteral("cancelRotationButton"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_profileLabel);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_statusLabel);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_apiKeyEdit, &QLineEdit::textChanged, this, &TokenRotationDialog::updateState);
    connect(m_tokenField->lineEdit(), &QLineEdit::textChanged, this,
            &TokenRotationDialog::updateState);
    connect(m_rotateButton, &QPushButton::clicked, this, &TokenRotationDialog::rotate);
    connect(m_cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    // Closing while the new token is being verified abandons the rotation.
    connect(this, &QDialog::finished, this, [this] {
        delete m_runContext.data();
        m_runContext = nullptr;
    });

    if (!profile) {
        showStatus(tr("This account profile no longer exists."), true);
        m_apiKeyEdit->setEnabled(false);
        m_tokenField->setEnabled(false);
    }
    setMinimumWidth(440);
    updateState();
}

TokenRotationDialog::~TokenRotationDialog() = default;

void TokenRotationDialog::updateState() {
    const bool running = !m_runContext.isNull();
    const bool exists = m_manager && m_manager->profile(m_profileId).has_value();
    const QString key = m_apiKeyEdit->text();
    const QString token = m_tokenField->text();
    const bool valid = !key.trimmed().isEmpty() && key.trimmed() == key && !token.isEmpty() &&
                       token.trimmed() == token;
    m_rotateButton->setEnabled(exists && valid && !running && m_verifier != nullptr);
    m_apiKeyEdit->setEnabled(exists && !running);
    m_tokenField->setEnabled(exists && !running);
    m_progress->setVisible(running);
    if (!running && !m_statusLabel->property("problem").toBool())
        showStatus({}, false);
}

void TokenRotationDialog::showStatus(const QString &text, bool problem) {
    m_statusLabel->setText(text);
    m_statusLabel->setProperty("problem", problem && !text.isEmpty());
    m_statusLabel->setVisible(!text.isEmpty());
}

void TokenRotationDialog::rotate() {
    if (!m_rotateButton->isEnabled())
        return;
    m_runContext = new QObject(this);
    QPointer<QObject> context = m_runContext;
    showStatus(tr("Checking the new token with Exotel…"), false);
    updateState();
    m_manager->rotateToken(
        m_profileId, m_apiKeyEdit->text(), m_tokenField->text(), m_verifier, context,
        [this, context](const RotationResult &result) {
            if (context != m_runContext)
                return;
            // We may be inside the verifier's own callback: let the context go later.
            m_runContext->deleteLater();
            m_runContext = nullptr;
            if (!result.isOk()) {
                showStatus(result.verification.isError()
                               ? tr("The new token was not accepted, so nothing was changed. %1")
                                     .arg(result.userMessage())
                               : tr("The new token could not be saved, so nothing was changed. "
                                    "%1")
                                     .arg(result.userMessage()),
                           true);
                updateState();
                return;
            }
            showStatus(tr("The new API token is verified and saved."), false);
            updateState();
            emit tokenRotated(m_profileId);
            accept();
        },
        [this, context](AccountManager::RotationStage stage) {
            if (context != m_runContext)
                return;
            showStatus(stage == AccountManager::RotationStage::Verifying
                           ? tr("Checking the new token with Exotel…")
                           : tr("Saving the new token in the system keychain…"),
                       false);
        });
}

} // namespace exotrunk
