#include "trunkdetailspage.h"

#include "common/banner.h"
#include "common/copybutton.h"
#include "common/statusbadgedelegate.h"
#include "datetimetext.h"
#include "domain/trunkvalues.h"
#include "readinesspanel.h"
#include "sectionwidget.h"
#include "trunkdetailsmodels.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace exotrunk::ui {

namespace {
QString orDash(const QString &text) {
    return text.isEmpty() ? QStringLiteral("—") : text;
}
} // namespace

TrunkDetailsPage::TrunkDetailsPage(TrunkDetailsController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller) {
    setObjectName(QStringLiteral("trunkDetailsPage"));

    m_back = new QPushButton(tr("Back to Trunks"), this);
    m_back->setObjectName(QStringLiteral("backButton"));
    m_back->setIcon(QIcon::fromTheme(QStringLiteral("go-previous")));
    m_back->setToolTip(tr("Back to the trunk list (Alt+Left, Esc)"));
    connect(m_back, &QPushButton::clicked, this, &TrunkDetailsPage::backRequested);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setObjectName(QStringLiteral("backShortcut"));
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &TrunkDetailsPage::backRequested);
    auto *altLeft = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Left), this);
    altLeft->setObjectName(QStringLiteral("backAltLeftShortcut"));
    altLeft->setContext(Qt::WidgetWithChildrenShortcut);
    connect(altLeft, &QShortcut::activated, this, &TrunkDetailsPage::backRequested);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("detailsTitle"));
    m_title->setTextFormat(Qt::PlainText); // the trunk's name, as the server returned it
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status = new StatusBadge(this);
    m_status->setObjectName(QStringLiteral("detailsStatusBadge"));

    m_delete = new QPushButton(tr("Delete Trunk…"), this);
    m_delete->setObjectName(QStringLiteral("detailsDeleteButton"));
    m_delete->setToolTip(tr("Delete this trunk after you confirm its name"));
    m_delete->setIcon(QIcon::fromTheme(QStringLiteral("edit-delete")));
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (!m_controller->trunkSid().isEmpty())
            emit deleteRequested(m_controller->trunkSid());
    });

    m_header = new QHBoxLayout;
    m_header->addWidget(m_back);
    m_header->addSpacing(12);
    m_header->addWidget(m_title);
    m_header->addSpacing(8);
    m_header->addWidget(m_status, 0, Qt::AlignVCenter);
    m_header->addStretch();
    m_header->addWidget(m_delete);

    m_errorBanner = new Banner(Banner::Kind::Error, this);
    m_errorBanner->setObjectName(QStringLiteral("trunkErrorBanner"));
    m_errorBanner->setPlainText(true); // carries the server's error description
    QPushButton *retry = m_errorBanner->addButton(tr("Retry"), QStringLiteral("trunkRetryButton"));
    connect(retry, &QPushButton::clicked, this,
            [this] { m_controller->load(m_controller->trunkSid(), m_controller->trunk()); });
    m_errorBanner->hide();

    m_setupBanner = new Banner(Banner::Kind::Warning, this);
    m_setupBanner->setObjectName(QStringLiteral("finishSetupBanner"));
    QPushButton *finish =
        m_setupBanner->addButton(tr("Finish setup…"), QStringLiteral("finishSetupButton"));
    finish->setAccessibleName(tr("Finish setup"));
    finish->setAccessibleDescription(
        tr("Reopens the unfinished setup of this trunk to retry what is missing or roll back"));
    connect(finish, &QPushButton::clicked, this, [this] {
        if (!m_controller->trunkSid().isEmpty())
            emit finishSetupRequested(m_controller->trunkSid());
    });
    m_setupBanner->hide();

    // Basic information in two columns of label/value pairs.
    auto *info = new QGroupBox(tr("Basic Information"), this);
    info->setObjectName(QStringLiteral("basicInformation"));
    auto *grid = new QGridLayout(info);
    grid->setHorizontalSpacing(14);
    grid->setVerticalSpacing(6);
    addField(grid, 0, 0, QStringLiteral("name"), tr("Trunk Name"));
    addField(grid, 1, 0, QStringLiteral("sid"), tr("Trunk ID"));
    addField(grid, 2, 0, QStringLiteral("alias"), tr("Alias"));
    addField(grid, 3, 0, QStringLiteral("domain"), tr("Domain Name"));
    addField(grid, 4, 0, QStringLiteral("authType"), tr("Auth Type"));
    addField(grid, 5, 0, QStringLiteral("created"), tr("Created"));
    addField(grid, 6, 0, QStringLiteral("updated"), tr("Last Updated"));
    addField(grid, 0, 2, QStringLiteral("status"), tr("Status"));
    addField(grid, 1, 2, QStringLiteral("sipUri"), tr("SIP URI (Connect applet)"));
    addField(grid, 2, 2, QStringLiteral("secureTrunking"), tr("Secure Trunking"));
    addField(grid, 3, 2, QStringLiteral("registration"), tr("Registration"));
    addField(grid, 4, 2, QStringLiteral("edgePreference"), tr("Edge Preference"));
    addField(grid, 5, 2, QStringLiteral("nsoCode"), tr("NSO Code"));
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    grid->setColumnMinimumWidth(2, 40);
    m_fields.value(QStringLiteral("alias"))
        ->setToolTip(tr("The last alias set from this console, until Exotel's answer arrives."));

    m_copySid = new CopyButton(tr("Copy Trunk SID"), this);
    m_copySid->setObjectName(QStringLiteral("copySidButton"));
    m_copySipUri = new CopyButton(tr("Copy sip:<trunk_sid>"), this);
    m_copySipUri->setObjectName(QStringLiteral("copySipUriButton"));
    m_copyDomain = new CopyButton(tr("Copy SIP Domain"), this);
    m_copyDomain->setObjectName(QStringLiteral("copyDomainButton"));
    auto *copies = new QHBoxLayout;
    copies->addWidget(m_copySid);
    copies->addWidget(m_copySipUri);
    copies->addWidget(m_copyDomain);
    copies->addStretch();
    grid->addLayout(copies, 7, 0, 1, 4);

    m_phoneNumbers =
        new SectionWidget(controller->phoneNumbers(), QStringLiteral("phoneNumbers"), this);
    m_destinationUris =
        new SectionWidget(controller->destinationUris(), QStringLiteral("destinationUris"), this);
    m_whitelistedIps =
        new SectionWidget(controller->whitelistedIps(), QStringLiteral("whitelistedIps"), this);
    m_credentials =
        new SectionWidget(controller->credentials(), QStringLiteral("credentials"), this);
    auto *sections = new QGridLayout;
    sections->setSpacing(10);
    sections->addWidget(m_phoneNumbers, 0, 0);
    sections->addWidget(m_destinationUris, 0, 1);
    sections->addWidget(m_whitelistedIps, 1, 0);
    sections->addWidget(m_credentials, 1, 1);
    for (SectionWidget *s : {m_phoneNumbers, m_destinationUris, m_whitelistedIps, m_credentials})
        s->setMinimumHeight(170);

    m_readiness = new ReadinessPanel(controller, this);
    connect(m_readiness, &ReadinessPanel::fixRequested, this, &TrunkDetailsPage::prepareFix);

    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("detailsContent"));
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(info);
    contentLayout->addWidget(m_readiness);
    contentLayout->addLayout(sections, 1);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("detailsScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 8);
    layout->addLayout(m_header);
    layout->addWidget(m_errorBanner);
    layout->addWidget(m_setupBanner);
    layout->addWidget(scroll, 1);

    connect(controller, &TrunkDetailsController::trunkChanged, this,
            &TrunkDetailsPage::updateTrunk);
    connect(controller, &TrunkDetailsController::trunkStateChanged, this,
            &TrunkDetailsPage::updateTrunkState);
    updateTrunk();
    updateTrunkState();
}

QLabel *TrunkDetailsPage::addField(QGridLayout *grid, int row, int column, const QString &key,
                                   const QString &label) {
    auto *name = new QLabel(label + QLatin1Char(':'), this);
    auto *value = new QLabel(this);
    value->setObjectName(QStringLiteral("field_") + key);
    value->setTextFormat(Qt::PlainText); // values come from the server
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    name->setBuddy(value);
    QFont bold = name->font();
    bold.setBold(true);
    name->setFont(bold);
    grid->addWidget(name, row, column, Qt::AlignLeft | Qt::AlignTop);
    grid->addWidget(value, row, column + 1, Qt::AlignLeft | Qt::AlignTop);
    m_fields.insert(key, value);
    return value;
}

void TrunkDetailsPage::setAlias(const QString &alias, const QString &source) {
    m_alias = alias;
    QLabel *field = m_fields.value(QStringLiteral("alias"));
    field->setText(orDash(alias));
    field->setToolTip(source.isEmpty() ? tr("The last alias set from this console, until "
                                            "Exotel's answer arrives.")
                                       : source);
}

void TrunkDetailsPage::setProfileId(const QString &profileId) {
    m_readiness->setProfileId(profileId);
}

// A mode change acts on the selected number: select the first number the finding names.
void TrunkDetailsPage::prepareFix(FixKind kind, const QStringList &subjects) {
    if (kind == FixKind::ChangeMode && !subjects.isEmpty()) {
        QTableView *table = m_phoneNumbers->table();
        const QAbstractItemModel *model = table->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, PhoneNumbersModel::NumberColumn);
            if (index.data().toString() == subjects.first()) {
                table->setCurrentIndex(index);
                break;
            }
        }
    }
    emit fixRequested(kind, subjects);
}

void TrunkDetailsPage::setUnfinishedSetup(const QStringList &missing) {
    if (missing.isEmpty()) {
        m_setupBanner->hide();
        return;
    }
    QStringList lines;
    for (const QString &item : missing)
        lines << QStringLiteral("• ") + item.toHtmlEscaped();
    m_setupBanner->setText(tr("<b>The setup of this trunk is not finished.</b>") +
                           QStringLiteral("<br>") + lines.join(QStringLiteral("<br>")));
    m_setupBanner->show();
}

void TrunkDetailsPage::updateTrunk() {
    const std::optional<Trunk> &trunk = m_controller->trunk();
    const TrunkSid sid = m_controller->trunkSid();
    auto set = [this](const char *key, const QString &text) {
        m_fields.value(QLatin1String(key))->setText(text);
    };
    // A value the API sends as a word is shown in words of the interface; the word itself, as
    // Exotel documents it, stays in the tooltip.
    auto setValue = [this](const char *key, const QString &text, const QString &raw) {
        QLabel *label = m_fields.value(QLatin1String(key));
        label->setText(orDash(text));
        label->setToolTip(raw.isEmpty() || raw == text ? QString()
                                                       : tr("Exotel's value: %1").arg(raw));
    };
    if (!trunk) {
        m_title->setText(sid.isEmpty() ? QString() : sid.value());
        m_status->setStatus(QString(), false);
        for (QLabel *label : std::as_const(m_fields))
            label->setText(QStringLiteral("—"));
        for (const char *key :
             {"status", "authType", "secureTrunking", "registration", "edgePreference"})
            setValue(key, QString(), QString());
        set("sid", orDash(sid.value()));
        set("sipUri", sid.isEmpty() ? QStringLiteral("—") : QStringLiteral("sip:") + sid.value());
        set("alias", orDash(m_alias));
        m_copySid->setValue(sid.value());
        m_copySipUri->setValue(sid.isEmpty() ? QString() : QStringLiteral("sip:") + sid.value());
        m_copyDomain->setValue(QString());
        return;
    }
    const Trunk &t = *trunk;
    m_title->setText(t.name);
    const QString statusText = trunkvalues::status(t.status);
    m_status->setStatus(statusText, t.isActive());
    set("name", orDash(t.name));
    set("sid", t.sid.value());
    set("alias", orDash(m_alias));
    set("domain", orDash(t.domainName));
    setValue("authType", trunkvalues::authType(t.authType), t.authType);
    set("created", dateTimeText(t.created));
    set("updated", dateTimeText(t.updated));
    setValue("status", statusText, t.status);
    set("sipUri", t.sipUri());
    setValue("secureTrunking", trunkvalues::enabledState(t.secureTrunking), t.secureTrunking);
    setValue("registration", trunkvalues::enabledState(t.registrationEnabled),
             t.registrationEnabled);
    setValue("edgePreference", trunkvalues::edgePreference(t.edgePreference), t.edgePreference);
    set("nsoCode", orDash(t.nsoCode));
    m_copySid->setValue(t.sid.value());
    m_copySipUri->setValue(t.sipUri());
    m_copyDomain->setValue(t.domainName);
    setWindowTitle(t.name);
}

void TrunkDetailsPage::updateTrunkState() {
    const auto state = m_controller->trunkState();
    if (state == TrunkDetailsController::TrunkState::Error) {
        m_errorBanner->setText(
            tr("Could not load the trunk: %1").arg(m_controller->trunkError().userMessage()));
        m_errorBanner->show();
    } else {
        m_errorBanner->hide();
    }
    if (state == TrunkDetailsController::TrunkState::Loading && !m_controller->trunk())
        m_title->setText(tr("Loading trunk…"));
}

} // namespace exotrunk::ui
