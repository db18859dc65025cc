#include "readinesspanel.h"

#include "api/exotelclient.h"
#include "api/tlstrust.h"
#include "callpathview.h"
#include "common/accessiblecombobox.h"
#include "common/palettecolors.h"
#include "diagnostics/diagnosticstools.h"
#include "diagnostics/supportbundle.h"
#include "editing/trunkeditactions.h"
#include "probedialog.h"
#include "trunkdetailsmodels.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace exotrunk::ui {

namespace {

template <typename T> std::optional<QList<T>> loadedItems(const ListSectionModel<T> *model) {
    const auto state = model->state();
    if (state != SectionModel::State::Loaded && state != SectionModel::State::Empty)
        return std::nullopt;
    return model->items();
}

QString severityText(Severity severity) {
    switch (severity) {
    case Severity::BlocksCalls:
        return ReadinessPanel::tr("Blocks calls");
    case Severity::Risky:
        return ReadinessPanel::tr("Risky");
    case Severity::Note:
        return ReadinessPanel::tr("Note");
    }
    return {};
}

QString fixText(FixKind kind) {
    switch (kind) {
    case FixKind::MapNumber:
        return ReadinessPanel::tr("Map a phone number");
    case FixKind::AllowIp:
        return ReadinessPanel::tr("Whitelist an IP");
    case FixKind::AddDestination:
        return ReadinessPanel::tr("Add a destination URI");
    case FixKind::CreateCredential:
        return ReadinessPanel::tr("Create SIP credentials");
    case FixKind::ChangeMode:
        return ReadinessPanel::tr("Change the number's mode");
    case FixKind::Manual:
        break;
    }
    return {};
}

} // namespace

ReadinessPanel::ReadinessPanel(TrunkDetailsController *controller, QWidget *parent)
    : QGroupBox(tr("Readiness"), parent)
    , m_controller(controller) {
    setObjectName(QStringLiteral("readinessPanel"));
    setAccessibleName(tr("Readiness"));
    setAccessibleDescription(tr("What stops this trunk from carrying calls for its purpose"));

    m_purposeCombo = new QComboBox(this);
    ui::nameComboByField(m_purposeCombo);
    m_purposeCombo->setObjectName(QStringLiteral("readinessPurposeCombo"));
    m_purposeCombo->setAccessibleName(tr("Trunk purpose"));
    m_purposeCombo->setAccessibleDescription(
        tr("What the trunk is for; the readiness checks follow it"));
    for (const TrunkPurpose &purpose : TrunkPurpose::all())
        m_purposeCombo->addItem(purpose.title(), purpose.key());
    auto *purposeLabel = new QLabel(tr("&Purpose:"), this);
    purposeLabel->setObjectName(QStringLiteral("readinessPurposeLabel"));
    purposeLabel->setBuddy(m_purposeCombo);
    m_purposeNote = new QLabel(this);
    m_purposeNote->setObjectName(QStringLiteral("readinessPurposeNote"));
    connect(m_purposeCombo, &QComboBox::activated, this, &ReadinessPanel::choosePurpose);

    m_probeButton = new QPushButton(tr("Pro&be Destinations…"), this);
    m_probeButton->setObjectName(QStringLiteral("readinessProbeButton"));
    m_probeButton->setAccessibleName(tr("Probe destinations"));
    m_probeButton->setToolTip(tr("Check from this computer that each destination URI answers: "
                                 "DNS, connection, TLS certificate and SIP OPTIONS"));
    m_probeButton->setEnabled(false);
    connect(m_probeButton, &QPushButton::clicked, this, &ReadinessPanel::openProbe);

    auto *purposeRow = new QHBoxLayout;
    purposeRow->addWidget(purposeLabel);
    purposeRow->addWidget(m_purposeCombo);
    purposeRow->addWidget(m_purposeNote, 1);
    purposeRow->addWidget(m_probeButton);

    m_empty = new QLabel(tr("Nothing found in what has loaded so far."), this);
    m_empty->setObjectName(QStringLiteral("readinessEmpty"));
    m_unchecked = new QLabel(this);
    m_unchecked->setObjectName(QStringLiteral("readinessUnchecked"));
    m_unchecked->setWordWrap(true);
    m_unchecked->hide();
    m_rows = new QVBoxLayout;
    m_rows->setSpacing(4);

    m_callPath = new CallPathView(this);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(purposeRow);
    layout->addWidget(m_callPath);
    layout->addWidget(m_empty);
    layout->addWidget(m_unchecked);
    layout->addLayout(m_rows);
    m_tools = new DiagnosticsTools(controller, this, this);
    connect(m_tools, &DiagnosticsTools::dialogOpened, this,
            &ReadinessPanel::accountBoundDialogOpened);
    layout->addWidget(m_tools);

    connect(controller, &TrunkDetailsController::trunkChanged, this,
            &ReadinessPanel::trunkMaybeChanged);
    connect(controller, &TrunkDetailsController::sectionStateChanged, this,
            &ReadinessPanel::refresh);
    trunkMaybeChanged();
}

void ReadinessPanel::setProfileId(const QString &profileId) {
    if (profileId != m_profileId)
        m_probeRuns.clear(); // another account's trunks
    m_profileId = profileId;
    m_sid = TrunkSid();
    trunkMaybeChanged();
}

TrunkConfiguration ReadinessPanel::configuration() const {
    TrunkConfiguration config;
    config.trunk = m_controller->trunk();
    config.numbers = loadedItems(m_controller->phoneNumbers());
    config.whitelistedIps = loadedItems(m_controller->whitelistedIps());
    config.destinations = loadedItems(m_controller->destinationUris());
    config.credentials = loadedItems(m_controller->credentials());
    return config;
}

// Another trunk opened (or another profile): its remembered purpose, else a proposal that
// follows the sections as they load.
void ReadinessPanel::trunkMaybeChanged() {
    if (m_controller->trunkSid() != m_sid) {
        m_sid = m_controller->trunkSid();
        const std::optional<TrunkPurpose> remembered =
            m_profileId.isEmpty() || m_sid.isEmpty()
                ? std::nullopt
                : PurposeMemory::remembered(m_profileId, m_sid);
        m_chosen = remembered.has_value();
        if (remembered)
            m_purpose = *remembered;
    }
    refresh();
}

void ReadinessPanel::choosePurpose(int index) {
    const std::optional<TrunkPurpose> purpose =
        TrunkPurpose::fromKey(m_purposeCombo->itemData(index).toString());
    if (!purpose)
        return;
    m_purpose = *purpose;
    m_chosen = true;
    if (!m_profileId.isEmpty() && !m_sid.isEmpty())
        PurposeMemory::remember(m_profileId, m_sid, m_purpose);
    refresh();
}

void ReadinessPanel::refresh() {
    const TrunkConfiguration config = configuration();
    if (!m_chosen)
        m_purpose = proposePurpose(config);
    showPurpose();
    m_findings = evaluateReadiness(config, m_purpose);
    m_callPath->setPaths(callPaths(config, m_purpose, m_findings));
    rebuildFindings();
    showUnchecked();
    m_probeButton->setEnabled(config.destinations && !config.destinations->isEmpty());
    publish(config);
}

// Only once every section has settled: a trunk half loaded is not judged in the list.
void ReadinessPanel::publish(const TrunkConfiguration &config) {
    if (m_sid.isEmpty() || !m_controller->client() || !m_controller->sectionsSettled())
        return;
    ReadinessSnapshot snapshot;
    snapshot.sid = m_sid;
    snapshot.purpose = m_purpose;
    snapshot.config = config;
    snapshot.findings = m_findings;
    snapshot.complete = config.trunk && config.numbers && config.whitelistedIps &&
                        config.destinations && config.credentials;
    snapshot.notLoaded = m_failedSections;
    snapshot.checkedAt = QDateTime::currentDateTime();
    emit evaluated(snapshot);
}

// The trunk's destinations, probed from this computer in a dialog of their own; the profile's
// extra CA certificates are trusted there as they are for the API.
void ReadinessPanel::openProbe() {
    const std::optional<QList<DestinationUri>> destinations =
        loadedItems(m_controller->destinationUris());
    if (!destinations || destinations->isEmpty())
        return;
    QList<ProbeTarget> targets;
    for (const DestinationUri &destination : *destinations)
        targets << ProbeTarget::fromDestination(destination);
    auto *dialog = new ProbeDialog(targets, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (const ExotelClient *client = m_controller->client();
        client && !client->config().caCertificateFile.isEmpty()) {
        QString problem;
        dialog->probe()->setExtraCaCertificates(
            tls::readCaCertificates(client->config().caCertificateFile, &problem));
    }
    // Each run's results are kept for the support bundle of this trunk, a cancelled one too.
    ReachabilityProbe *probe = dialog->probe();
    connect(probe, &ReachabilityProbe::finished, this, [this, sid = m_sid, probe] {
        m_probeRuns.insert(sid.value(), ProbeRun{QDateTime::currentDateTime(), probe->summary(),
                                                 probe->results()});
    });
    emit accountBoundDialogOpened(dialog);
    dialog->show();
    dialog->run();
}

QStringList ReadinessPanel::probeLines() const {
    const auto run = m_probeRuns.constFind(m_sid.value());
    if (run == m_probeRuns.cend())
        return {};
    return probeBundleLines(run->at, run->summary, run->results);
}

// A section that failed to load is not judged: say which, so "nothing found" is not misread.
void ReadinessPanel::showUnchecked() {
    QStringList failed;
    for (const SectionModel *model :
         {static_cast<const SectionModel *>(m_controller->phoneNumbers()),
          static_cast<const SectionModel *>(m_controller->destinationUris()),
          static_cast<const SectionModel *>(m_controller->whitelistedIps()),
          static_cast<const SectionModel *>(m_controller->credentials())}) {
        if (model->state() == SectionModel::State::Error)
            failed << model->title();
    }
    m_failedSections = failed;
    m_unchecked->setText(
        failed.isEmpty()
            ? QString()
            : tr("Not checked until they load: %1").arg(QLocale().createSeparatedList(failed)));
    m_unchecked->setVisible(!failed.isEmpty());
}

void ReadinessPanel::showPurpose() {
    m_purposeCombo->setCurrentIndex(m_purposeCombo->findData(m_purpose.key()));
    m_purposeNote->setText(m_chosen ? QString()
                                    : tr("Proposed from the configuration; choose to keep it."));
}

void ReadinessPanel::rebuildFindings() {
    for (QWidget *row : std::as_const(m_rowWidgets))
        delete row;
    m_rowWidgets.clear();
    for (const ReadinessFinding &finding : std::as_const(m_findings)) {
        QWidget *row = findingRow(finding);
        m_rows->addWidget(row);
        m_rowWidgets.append(row);
    }
    m_empty->setVisible(m_findings.isEmpty());
}

QWidget *ReadinessPanel::findingRow(const ReadinessFinding &finding) {
    auto *row = new QWidget(this);
    const QString id = finding.ruleId;
    row->setObjectName(QStringLiteral("readinessFinding_") + id);

    QStyle::StandardPixmap pixmap = QStyle::SP_MessageBoxInformation;
    std::optional<Tone> tone;
    if (finding.severity == Severity::BlocksCalls) {
        pixmap = QStyle::SP_MessageBoxCritical;
        tone = Tone::Danger;
    } else if (finding.severity == Severity::Risky) {
        pixmap = QStyle::SP_MessageBoxWarning;
        tone = Tone::Warning;
    }
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    auto *icon = new QLabel(row);
    icon->setObjectName(QStringLiteral("readinessIcon_") + id);
    icon->setPixmap(style()->standardIcon(pixmap, nullptr, this).pixmap(iconSize, iconSize));
    icon->setToolTip(severityText(finding.severity));
    icon->setAccessibleName(severityText(finding.severity));

    QString text = finding.reason;
    if (!finding.subjects.isEmpty())
        text +=
            QStringLiteral(" (") + finding.subjects.join(QStringLiteral(", ")) + QLatin1Char(')');
    auto *reason = new QLabel(text, row);
    reason->setObjectName(QStringLiteral("readinessReason_") + id);
    reason->setTextFormat(Qt::PlainText);
    reason->setWordWrap(true);
    reason->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    reason->setAccessibleName(severityText(finding.severity) + QStringLiteral(": ") + text);
    setToneText(reason, tone);

    auto *doc = new QLabel(finding.docSection, row);
    doc->setObjectName(QStringLiteral("readinessDoc_") + id);
    doc->setToolTip(tr("Where the Exotel SIP trunking documentation says so"));
    doc->setAccessibleName(tr("Documentation section %1").arg(finding.docSection));

    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(reason, 1);
    layout->addWidget(doc, 0, Qt::AlignTop);
    if (finding.fix != FixKind::Manual) {
        auto *fix = new QPushButton(tr("Fix…"), row);
        fix->setObjectName(QStringLiteral("readinessFix_") + id);
        fix->setAccessibleName(tr("Fix: %1").arg(fixText(finding.fix)));
        fix->setToolTip(fixText(finding.fix));
        connect(fix, &QPushButton::clicked, this,
                [this, kind = finding.fix, subjects = finding.subjects] {
                    emit fixRequested(kind, subjects);
                });
        layout->addWidget(fix, 0, Qt::AlignTop);
    }
    return row;
}

QAction *fixActionFor(const TrunkEditActions &actions, FixKind kind) {
    QAction *action = nullptr;
    switch (kind) {
    case FixKind::MapNumber:
        action = actions.mapNumber();
        break;
    case FixKind::AllowIp:
        action = actions.allowIp();
        break;
    case FixKind::AddDestination:
        action = actions.addDestinations();
        break;
    case FixKind::CreateCredential:
        action = actions.createCredential();
        break;
    case FixKind::ChangeMode:
        action = actions.changeMode();
        break;
    case FixKind::Manual:
        break;
    }
    return action && action->isEnabled() ? action : nullptr;
}

} // namespace exotrunk::ui
