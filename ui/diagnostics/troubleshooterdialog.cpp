#include "troubleshooterdialog.h"

#include "diagnostics/numberlookup.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace exotrunk::ui {

namespace {

QString outcomeText(TroubleCheckResult::Outcome outcome) {
    using O = TroubleCheckResult::Outcome;
    switch (outcome) {
    case O::Passed:
        return TroubleshooterDialog::tr("Configured");
    case O::Failed:
        return TroubleshooterDialog::tr("Likely cause");
    case O::NeedsInput:
        return TroubleshooterDialog::tr("Needs input");
    case O::NotLoaded:
        return TroubleshooterDialog::tr("Not loaded");
    case O::Manual:
        return TroubleshooterDialog::tr("Check by hand");
    case O::RunProbe:
        return TroubleshooterDialog::tr("Probe");
    case O::AskAccount:
        return TroubleshooterDialog::tr("Not on this trunk");
    }
    return {};
}

QLabel *wrappedLabel(const QString &objectName, QWidget *parent) {
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

TroubleshooterDialog::TroubleshooterDialog(const QString &trunkLabel,
                                           const TrunkConfiguration &config, QWidget *parent)
    : QDialog(parent)
    , m_config(config) {
    setObjectName(QStringLiteral("troubleshooterDialog"));
    setWindowTitle(tr("Troubleshoot a SIP code — %1").arg(trunkLabel));
    m_code = new QComboBox(this);
    m_code->setObjectName(QStringLiteral("troubleshooterCodeCombo"));
    m_code->setEditable(true);
    m_code->setInsertPolicy(QComboBox::NoInsert);
    for (const TroubleEntry &entry : troubleEntries()) {
        m_code->addItem(troubleEntryTitle(entry), QString::fromLatin1(entry.id));
    }
    m_code->setCurrentIndex(-1);
    m_code->setEditText(QString());
    m_outbound = new QRadioButton(tr("&Outbound (PBX → phone network)"), this);
    m_outbound->setObjectName(QStringLiteral("troubleshooterOutbound"));
    m_outbound->setChecked(true);
    m_inbound = new QRadioButton(tr("&Inbound (phone network → PBX)"), this);
    m_inbound->setObjectName(QStringLiteral("troubleshooterInbound"));
    auto *directionGroup = new QButtonGroup(this);
    directionGroup->addButton(m_outbound);
    directionGroup->addButton(m_inbound);
    m_ip = new QLineEdit(this);
    m_ip->setObjectName(QStringLiteral("troubleshooterIpEdit"));
    m_ip->setPlaceholderText(tr("e.g. 203.0.113.10"));
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("troubleshooterUserEdit"));
    m_number = new QLineEdit(this);
    m_number->setObjectName(QStringLiteral("troubleshooterNumberEdit"));
    m_number->setPlaceholderText(tr("e.g. +918047000001"));

    auto *form = new QFormLayout;
    auto *codeLabel = new QLabel(tr("SIP &code or symptom:"), this);
    codeLabel->setBuddy(m_code);
    form->addRow(codeLabel, m_code);
    auto *directions = new QHBoxLayout;
    directions->addWidget(m_outbound);
    directions->addWidget(m_inbound);
    directions->addStretch(1);
    form->addRow(tr("Call direction:"), directions);
    m_ipLabel = new QLabel(tr("PBX's public &IP:"), this);
    m_ipLabel->setBuddy(m_ip);
    form->addRow(m_ipLabel, m_ip);
    m_userLabel = new QLabel(tr("PBX's &user name:"), this);
    m_userLabel->setBuddy(m_user);
    form->addRow(m_userLabel, m_user);
    m_numberLabel = new QLabel(tr("&Number:"), this);
    m_numberLabel->setBuddy(m_number);
    form->addRow(m_numberLabel, m_number);

    m_title = wrappedLabel(QStringLiteral("troubleshooterTitle"), this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_explanation = wrappedLabel(QStringLiteral("troubleshooterExplanation"), this);
    m_checks = new QVBoxLayout;
    m_probe = new QPushButton(tr("&Probe destinations…"), this);
    m_probe->setObjectName(QStringLiteral("troubleshooterProbeButton"));
    m_probe->hide();
    connect(m_probe, &QPushButton::clicked, this, &TroubleshooterDialog::probeRequested);
    m_ask = new QPushButton(tr("&Ask the account"), this);
    m_ask->setObjectName(QStringLiteral("troubleshooterAskButton"));
    m_ask->hide();
    connect(m_ask, &QPushButton::clicked, this, &TroubleshooterDialog::askAccount);
    m_accountAnswer = wrappedLabel(QStringLiteral("troubleshooterAccountAnswer"), this);
    m_accountAnswer->hide();
    connect(m_number, &QLineEdit::textChanged, m_accountAnswer, &QLabel::hide);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_title);
    layout->addWidget(m_explanation);
    layout->addLayout(m_checks);
    layout->addWidget(m_probe, 0, Qt::AlignLeft);
    layout->addWidget(m_ask, 0, Qt::AlignLeft);
    layout->addWidget(m_accountAnswer);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(640, 400);

    connect(m_code, &QComboBox::editTextChanged, this, &TroubleshooterDialog::update);
    connect(m_code, &QComboBox::activated, this, &TroubleshooterDialog::update);
    connect(directionGroup, &QButtonGroup::buttonToggled, this, &TroubleshooterDialog::update);
    for (QLineEdit *edit : {m_ip, m_user, m_number})
        connect(edit, &QLineEdit::textChanged, this, &TroubleshooterDialog::update);
    update();
}

void TroubleshooterDialog::setNumberLookup(NumberLookup *lookup) {
    m_lookup = lookup;
    lookup->setParent(this);
    connect(lookup, &NumberLookup::finished, this, [this](const QString &sentence) {
        m_accountAnswer->setText(sentence);
        m_accountAnswer->show();
        update();
    });
    update();
}

void TroubleshooterDialog::askAccount() {
    if (!m_lookup)
        return;
    m_accountAnswer->setText(tr("Asking the account…"));
    m_accountAnswer->show();
    m_ask->setEnabled(false);
    m_lookup->lookUp(m_number->text());
}

// The account-wide lookup is offered when the number is not on this trunk; disabled, with the
// reason, when the account's server does not support it.
void TroubleshooterDialog::showAskButton(bool wanted) {
    m_ask->setVisible(wanted && m_lookup);
    if (!m_lookup)
        return;
    const bool available = m_lookup->available();
    m_ask->setEnabled(available && !m_lookup->isRunning());
    m_ask->setToolTip(available ? tr("Which trunk of this account has the number (asks Exotel)")
                                : m_lookup->unavailableReason());
    if (!wanted)
        m_accountAnswer->hide();
}

void TroubleshooterDialog::setConfiguration(const TrunkConfiguration &config) {
    m_config = config;
    update();
}

// The entry for what is in the combo: an item's own text, or a typed code ("403") or id.
std::optional<TroubleEntry> TroubleshooterDialog::currentEntry() const {
    const QString text = m_code->currentText().trimmed();
    const int index = m_code->findText(text);
    if (index >= 0)
        return findTroubleEntry(m_code->itemData(index).toString());
    return findTroubleEntry(text);
}

void TroubleshooterDialog::update() {
    const std::optional<TroubleEntry> entry = currentEntry();
    const TroubleCheck check = entry ? entry->check : TroubleCheck::None;
    m_ipLabel->setVisible(check == TroubleCheck::IpWhitelisted);
    m_ip->setVisible(check == TroubleCheck::IpWhitelisted);
    m_userLabel->setVisible(check == TroubleCheck::CredentialUser);
    m_user->setVisible(check == TroubleCheck::CredentialUser);
    const bool number = check == TroubleCheck::NumberMapped || check == TroubleCheck::E164;
    m_numberLabel->setVisible(number);
    m_number->setVisible(number);
    if (!entry) {
        const QString text = m_code->currentText().trimmed();
        m_title->setText(text.isEmpty() ? tr("Pick or type a SIP response code, or a symptom.")
                                        : tr("%1 is not in Exotel's SIP troubleshooting table "
                                             "(section 16).")
                                              .arg(text));
        m_explanation->clear();
        showChecks({});
        return;
    }
    const TroubleInput input{m_inbound->isChecked() ? CallDirection::Inbound
                                                    : CallDirection::Outbound,
                             m_ip->text(), m_user->text(), m_number->text()};
    const TroubleDiagnosis d = diagnose(*entry, input, m_config);
    m_title->setText(d.title);
    QStringList lines{tr("Likely cause: %1").arg(d.cause),
                      tr("What to check: %1").arg(d.whatToCheck)};
    if (!d.whoAnswered.isEmpty())
        lines << d.whoAnswered;
    lines << tr("Source: Exotel documentation %1.").arg(d.docSection);
    m_explanation->setText(lines.join(QLatin1Char('\n')));
    showChecks(d.checks);
}

void TroubleshooterDialog::showChecks(const QList<TroubleCheckResult> &checks) {
    qDeleteAll(m_checkWidgets);
    m_checkWidgets.clear();
    bool probe = false;
    bool ask = false;
    for (const TroubleCheckResult &check : checks) {
        auto *label = wrappedLabel(QStringLiteral("troubleshooterCheck"), this);
        label->setText(
            tr("On this trunk — %1: %2").arg(outcomeText(check.outcome), check.sentence));
        m_checks->addWidget(label);
        m_checkWidgets.append(label);
        probe = probe || check.outcome == TroubleCheckResult::Outcome::RunProbe;
        ask = ask || check.outcome == TroubleCheckResult::Outcome::AskAccount;
    }
    m_probe->setVisible(probe);
    showAskButton(ask);
}

} // namespace exotrunk::ui
