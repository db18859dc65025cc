#include "createtrunk/createtrunkdialog.h"
#include "common/closeprompt.h"
#include "common/destinationrowseditor.h"
#include "common/iprowseditor.h"
#include "common/validitylabel.h"

#include "wizard/provisioningprogresswidget.h"
#include "workflows/provisioningengine.h"

#include <QCompleter>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QShowEvent>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace exotrunk {

using ui::hintLabel;
using ui::messageLabel;
using ui::showValidity;

CreateTrunkDialog::CreateTrunkDialog(ExotelClient *client, ProvisioningJournal *journal,
                                     const ProvisioningContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_engine(new ProvisioningEngine(client, journal, this)) {
    setObjectName(QStringLiteral("createTrunkDialog"));
    setWindowTitle(tr("Create Trunk"));
    setAccessibleName(windowTitle());
    setMinimumWidth(620);
    // The form scrolls inside the dialog so that, with many rows and the progress table, the
    // dialog still fits a 1280×720 screen with its buttons in view.
    auto *outer = new QVBoxLayout(this);
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("createTrunkScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *content = new QWidget(m_scroll);
    content->setObjectName(QStringLiteral("createTrunkContent"));
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    m_scroll->setWidget(content);
    outer->addWidget(m_scroll, 1);

    layout->addWidget(createDetailsGroup());
    createRowGroups(layout);

    m_formMessage = messageLabel(QStringLiteral("formMessage"), this);
    layout->addWidget(m_formMessage);
    m_progress = new ProvisioningProgressWidget(this);
    m_progress->setEngine(m_engine);
    m_progress->hide();
    layout->addWidget(m_progress, 1);

    // Cancel, then Create at the far right, as on the dashboard.
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setAccessibleDescription(tr("Closes the form; nothing is created"));
    m_create = new QPushButton(tr("Create Exotrunk"), this);
    m_create->setObjectName(QStringLiteral("createButton"));
    m_create->setAccessibleDescription(
        tr("Creates the trunk and adds its number, IPs and destinations; enabled when the whole "
           "form is valid"));
    m_create->setDefault(true);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_create);
    outer->addLayout(buttons);

    for (QLineEdit *e : {m_name, m_number, m_alias})
        connect(e, &QLineEdit::textChanged, this, &CreateTrunkDialog::validateForm);
    for (ui::RowsEditor *rows :
         {static_cast<ui::RowsEditor *>(m_ips), static_cast<ui::RowsEditor *>(m_destinations)}) {
        connect(rows, &ui::RowsEditor::changed, this, &CreateTrunkDialog::validateForm);
        // Rows are created after the buttons, so the chain follows the screen by hand.
        connect(rows, &ui::RowsEditor::rowAdded, this, &CreateTrunkDialog::updateTabOrder);
        connect(rows, &ui::RowsEditor::rowRemoved, this, &CreateTrunkDialog::updateTabOrder);
    }
    connect(m_destinations, &ui::RowsEditor::rowActionClicked, this,
            [this](int row) { m_ips->offer(m_destinations->destination(row).host); });
    connect(m_create, &QPushButton::clicked, this, &CreateTrunkDialog::create);
    connect(m_cancel, &QPushButton::clicked, this, &CreateTrunkDialog::reject);
    connect(m_engine, &ProvisioningEngine::stateChanged, this,
            &CreateTrunkDialog::engineStateChanged);
    connect(m_engine, &ProvisioningEngine::trunkCreated, this, &CreateTrunkDialog::trunkCreated);

    // One empty row of each, as the dashboard opens.
    m_ips->addRow();
    m_destinations->addRow();
    updateTabOrder();
    validateForm();
}

// Trunk Details: name, Exophone and alias, each with its message line.
QGroupBox *CreateTrunkDialog::createDetailsGroup() {
    auto *details = new QGroupBox(tr("Trunk Details"), this);
    details->setObjectName(QStringLiteral("trunkDetailsGroup"));
    auto *detailsForm = new QFormLayout(details);
    m_name = new QLineEdit(details);
    m_name->setObjectName(QStringLiteral("trunkNameEdit"));
    m_name->setAccessibleName(tr("Trunk name"));
    m_name->setPlaceholderText(tr("up to 16 letters, digits or _"));
    detailsForm->addRow(tr("Trunk &Name *"), m_name);
    m_nameMessage = messageLabel(QStringLiteral("trunkNameMessage"), details);
    detailsForm->addRow(QString(), m_nameMessage);
    m_number = new QLineEdit(details);
    m_number->setObjectName(QStringLiteral("exophoneEdit"));
    m_number->setAccessibleName(tr("Exophone"));
    m_number->setPlaceholderText(QStringLiteral("+918047123456"));
    auto *completer = new QCompleter(m_context.knownNumbers, m_number);
    completer->setObjectName(QStringLiteral("exophoneCompleter"));
    completer->setFilterMode(Qt::MatchContains);
    m_number->setCompleter(completer);
    detailsForm->addRow(tr("&Exophone *"), m_number);
    m_numberMessage = messageLabel(QStringLiteral("exophoneMessage"), details);
    detailsForm->addRow(QString(), m_numberMessage);
    if (!m_context.knownNumbers.isEmpty()) {
        QLabel *hint = hintLabel(tr("Numbers already on this account's trunks are suggested as "
                                    "you type."),
                                 details);
        hint->setObjectName(QStringLiteral("exophoneHint"));
        detailsForm->addRow(QString(), hint);
    }
    m_alias = new QLineEdit(details);
    m_alias->setObjectName(QStringLiteral("aliasEdit"));
    m_alias->setAccessibleName(tr("Alias (caller ID)"));
    m_alias->setPlaceholderText(tr("optional caller ID, E.164"));
    detailsForm->addRow(tr("&Alias"), m_alias);
    m_aliasMessage = messageLabel(QStringLiteral("aliasMessage"), details);
    detailsForm->addRow(QString(), m_aliasMessage);
    return details;
}

// Whitelist IPs and Destination URIs: the shared row editors.
void CreateTrunkDialog::createRowGroups(QVBoxLayout *layout) {
    auto *whitelist = new QGroupBox(tr("Whitelist IPs"), this);
    whitelist->setObjectName(QStringLiteral("whitelistGroup"));
    auto *whitelistLayout = new QVBoxLayout(whitelist);
    whitelistLayout->addWidget(hintLabel(tr("The public IPs of your PBX or SIP side that may "
                                            "place calls through this trunk. Optional when "
                                            "you use only destination URIs."),
                                         whitelist));
    m_ips = new ui::IpRowsEditor(ui::RowsEditor::Mode::ManyRows, whitelist);
    whitelistLayout->addWidget(m_ips);
    layout->addWidget(whitelist);

    auto *destinations = new QGroupBox(tr("Destination URIs"), this);
    destinations->setObjectName(QStringLiteral("destinationGroup"));
    auto *destinationLayout = new QVBoxLayout(destinations);
    destinationLayout->addWidget(
        hintLabel(tr("Where Exotel sends calls for this trunk. Exotel's reference asks for one on "
                     "every trunk."),
                  destinations));
    m_destinations = new ui::DestinationRowsEditor(
        ui::RowsEditor::Mode::ManyRows, tr("Add to whitelist"),
        tr("Adds this IP to the whitelist with mask 32"), destinations);
    destinationLayout->addWidget(m_destinations);
    layout->addWidget(destinations);
}

int CreateTrunkDialog::whitelistRowCount() const {
    return m_ips->rowCount();
}

int CreateTrunkDialog::destinationRowCount() const {
    return m_destinations->rowCount();
}

// Rows are created after the buttons, so the chain is set by hand to follow the screen.
void CreateTrunkDialog::updateTabOrder() {
    QList<QWidget *> chain{m_name, m_number, m_alias};
    chain << m_ips->tabChain() << m_destinations->tabChain() << m_progress->list();
    for (const char *name : {"retryFailedButton", "keepAsIsButton", "rollBackButton"}) {
        if (auto *button = m_progress->findChild<QPushButton *>(QLatin1String(name)))
            chain << button;
    }
    chain << m_cancel << m_create;
    for (int i = 1; i < chain.size(); ++i)
        setTabOrder(chain[i - 1], chain[i]);
}

ProvisioningRequest CreateTrunkDialog::request() const {
    ProvisioningRequest r;
    r.trunkName = m_name->text();
    r.number = m_number->text();
    r.alias = m_alias->text();
    for (const NewWhitelistedIp &entry : m_ips->entries()) {
        if (!r.whitelist)
            r.whitelist = entry;
        else
            r.extraWhitelist << entry;
    }
    r.destinations = m_destinations->destinations();
    if (r.whitelist && !r.destinations.isEmpty())
        r.useCase = UseCase::BothDirections;
    else if (!r.destinations.isEmpty())
        r.useCase = UseCase::InboundPstn;
    else
        r.useCase = UseCase::OutboundPstn;
    r.numberMode = NumberMode::Pstn;
    return r;
}

Validity CreateTrunkDialog::nameVerdict() const {
    const QString name = m_name->text();
    return name.isEmpty() ? Validity::ok() : m_context.checkTrunkName(name);
}

bool CreateTrunkDialog::isFormValid() const {
    if (m_name->text().isEmpty() || !nameVerdict().isAcceptable())
        return false;
    if (!m_ips->isValid() || !m_destinations->isValid())
        return false;
    const ProvisioningRequest r = request();
    if (!r.whitelist && r.destinations.isEmpty())
        return false;
    return r.isValid();
}

void CreateTrunkDialog::validateForm() {
    const ProvisioningRequest r = request();
    auto fieldVerdict = [&r](const QString &text, const char *field) {
        return text.isEmpty() ? Validity::ok() : r.issueFor(QLatin1String(field));
    };
    showValidity(m_nameMessage, nameVerdict());
    showValidity(m_numberMessage, fieldVerdict(m_number->text(), "number"));
    showValidity(m_aliasMessage, fieldVerdict(m_alias->text(), "alias"));

    // Cross-field: Exotel refuses an IP destination that is not whitelisted.
    const QStringList unlisted = r.destinationIpsNeedingWhitelist();
    for (int i = 0; i < m_destinations->rowCount(); ++i) {
        const QString host = m_destinations->destination(i).host;
        const bool offer = !m_destinations->isRowEmpty(i) &&
                           m_destinations->rowVerdict(i).isAcceptable() && unlisted.contains(host);
        m_destinations->setRowNote(
            i, offer ? Validity::warning(tr("%1 is not in the whitelist, and Exotel refuses an IP "
                                            "destination that is not. Add it? (Otherwise Create "
                                            "adds it as %1/32 first.)")
                                             .arg(host))
                     : Validity::ok());
        m_destinations->setRowActionVisible(i, offer);
    }

    const bool anyInput = !m_name->text().isEmpty() || !m_number->text().isEmpty();
    if (!r.whitelist && r.destinations.isEmpty() && anyInput)
        showValidity(m_formMessage,
                     Validity::error(tr("Add a whitelist IP (outbound) or a destination URI "
                                        "(inbound), or both.")));
    else if (r.destinations.isEmpty() && anyInput)
        showValidity(m_formMessage, Validity::warning(destinationAdvice(r.useCase)));
    else
        showValidity(m_formMessage, Validity::ok());
    m_create->setEnabled(!m_started && isFormValid());
    fitHeight();
}

// Grows the dialog to show the whole form (a top-level window ignores the height wrapped
// messages need for its width), but never past the screen: beyond that the form scrolls.
void CreateTrunkDialog::fitHeight() {
    QLayout *form = m_scroll->widget()->layout();
    if (!form || !layout())
        return;
    const int formHeight = form->totalHeightForWidth(m_scroll->viewport()->width());
    if (formHeight <= 0)
        return;
    const int chrome = height() - m_scroll->height();
    const int wanted = formHeight + chrome;
    // Room for the window frame and a panel; the dialog itself must stay on the screen.
    const int available = screen() ? screen()->availableGeometry().height() - 48 : wanted;
    const int target = qMin(wanted, available);
    setMinimumHeight(qMin(target, 360));
    if (height() < target)
        resize(width(), target);
    else if (height() > available)
        resize(width(), available);
}

void CreateTrunkDialog::showEvent(QShowEvent *event) {
    QDialog::showEvent(event);
    fitHeight();
}

void CreateTrunkDialog::create() {
    if (m_started || !isFormValid())
        return;
    m_started = true;
    for (QWidget *w : findChildren<QGroupBox *>())
        w->setEnabled(false);
    m_create->setEnabled(false);
    m_progress->show();
    fitHeight();
    const ProvisioningPlan plan =
        ProvisioningPlan::build(request(), m_context.accountSid, m_context.profileId);
    m_engine->start(plan);
}

void CreateTrunkDialog::engineStateChanged() {
    using S = ProvisioningEngine::State;
    const S s = m_engine->state();
    const bool over = s == S::Finished || s == S::Kept || s == S::RolledBack;
    m_cancel->setText(over ? tr("Close") : tr("Cancel"));
    if (s == S::Finished) {
        m_create->hide();
        emit provisioningFinished(m_engine->plan().trunkSid);
    }
}

void CreateTrunkDialog::reject() {
    using S = ProvisioningEngine::State;
    const S s = m_engine->state();
    if (s == S::Finished) {
        accept();
        return;
    }
    if (!ui::mayCloseWhileProvisioning(this, m_engine))
        return;
    QDialog::reject();
}

} // namespace exotrunk
