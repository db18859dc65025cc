#include "trunkdetailsmodels.h"

#include "api/exotelclient.h"
#include "datetimetext.h"

Q_LOGGING_CATEGORY(lcTrunkDetails, "exotrunk.models.details")

namespace exotrunk {

// --- SectionModel -----------------------------------------------------------------------

void SectionModel::setState(State state) {
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void SectionModel::setLoading() {
    m_error = {};
    setState(State::Loading);
}

void SectionModel::setFailed(const ApiError &error) {
    m_error = error;
    setState(State::Error);
}

void SectionModel::setLoaded(bool empty, int unreadable) {
    m_error = {};
    m_unreadable = unreadable;
    setState(empty ? State::Empty : State::Loaded);
}

QString SectionModel::unreadableMessage() const {
    if (m_unreadable <= 0)
        return {};
    return tr("%n item(s) could not be read and are not shown.", nullptr, m_unreadable);
}

int SectionModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : itemCount();
}

int SectionModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(headers().size());
}

QVariant SectionModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole) {
        const QStringList names = headers();
        if (section >= 0 && section < names.size())
            return names.at(section);
        return {};
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

QString SectionModel::formatTimestamp(const QDateTime &when) {
    return dateTimeText(when);
}

// --- Phone numbers ----------------------------------------------------------------------

QString PhoneNumbersModel::title() const {
    return tr("Phone Numbers");
}

QString PhoneNumbersModel::emptyText() const {
    return tr("No phone numbers assigned – Assign phone numbers to this trunk for incoming "
              "calls.");
}

QString PhoneNumbersModel::modeText(NumberMode mode) {
    switch (mode) {
    case NumberMode::Default:
        return tr("pstn (default)");
    case NumberMode::Pstn:
        return tr("pstn");
    case NumberMode::Flow:
        return tr("flow");
    }
    return {};
}

QStringList PhoneNumbersModel::headers() const {
    return {tr("Phone Number"), tr("Mode"), tr("Created")};
}

QVariant PhoneNumbersModel::cellData(const PhoneNumber &item, int column, int role) const {
    if (role == IdRole)
        return item.id.value();
    if (role == SortRole) {
        switch (column) {
        case NumberColumn:
            return item.number;
        case ModeColumn:
            return modeText(item.mode);
        case CreatedColumn:
            return item.created;
        }
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case NumberColumn:
        return item.number;
    case ModeColumn:
        return modeText(item.mode);
    case CreatedColumn:
        return formatTimestamp(item.created);
    }
    return {};
}

// --- Destination URIs -------------------------------------------------------------------

QString DestinationUrisModel::title() const {
    return tr("Destination URIs");
}

QString DestinationUrisModel::emptyText() const {
    return tr("No destination URIs configured – Configure destination URIs to route calls from "
              "this trunk.");
}

QStringList DestinationUrisModel::headers() const {
    return {tr("Destination"), tr("Transport"), tr("Priority"), tr("Weight")};
}

QVariant DestinationUrisModel::cellData(const DestinationUri &item, int column, int role) const {
    if (role == IdRole)
        return item.id.value();
    const QString transport = transportToWire(item.transport()).toUpper();
    if (role == SortRole) {
        switch (column) {
        case DestinationColumn:
            return item.destination;
        case TransportColumn:
            return transport;
        case PriorityColumn:
            return item.priority;
        case WeightColumn:
            return item.weight;
        }
        return {};
    }
    if (role == Qt::TextAlignmentRole && (column == PriorityColumn || column == WeightColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case DestinationColumn:
        return item.destination;
    case TransportColumn:
        return transport;
    case PriorityColumn:
        return QString::number(item.priority);
    case WeightColumn:
        return QString::number(item.weight);
    }
    return {};
}

// --- Whitelisted IPs --------------------------------------------------------------------

QString WhitelistedIpsModel::title() const {
    return tr("Whitelisted IPs");
}

QString WhitelistedIpsModel::emptyText() const {
    return tr("No whitelisted IPs configured – Add IP addresses to restrict trunk access and "
              "enhance security.");
}

QStringList WhitelistedIpsModel::headers() const {
    return {tr("IP / Mask"), tr("Friendly Name"), tr("Created")};
}

QVariant WhitelistedIpsModel::cellData(const WhitelistedIp &item, int column, int role) const {
    if (role == IdRole)
        return item.id.value();
    if (role == SortRole) {
        switch (column) {
        case AddressColumn:
            return item.cidr();
        case FriendlyNameColumn:
            return item.friendlyName;
        case CreatedColumn:
            return item.created;
        }
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case AddressColumn:
        return item.cidr();
    case FriendlyNameColumn:
        return item.friendlyName.isEmpty() ? QStringLiteral("—") : item.friendlyName;
    case CreatedColumn:
        return formatTimestamp(item.created);
    }
    return {};
}

// --- Credentials ------------------------------------------------------------------------

QString CredentialsModel::title() const {
    return tr("Credentials");
}

QString CredentialsModel::emptyText() const {
    return tr("No credentials configured – Add SIP digest credentials so devices can "
              "authenticate to this trunk.");
}

QStringList CredentialsModel::headers() const {
    return {tr("User Name"), tr("Friendly Name"), tr("Created")};
}

QVariant CredentialsModel::cellData(const Credential &item, int column, int role) const {
    if (role == IdRole)
        return item.id.value();
    if (role == SortRole) {
        switch (column) {
        case UserNameColumn:
            return item.userName;
        case FriendlyNameColumn:
            return item.friendlyName;
        case CreatedColumn:
            return item.created;
        }
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case UserNameColumn:
        return item.userName;
    case FriendlyNameColumn:
        return item.friendlyName.isEmpty() ? QStringLiteral("—") : item.friendlyName;
    case CreatedColumn:
        return formatTimestamp(item.created);
    }
    return {};
}

// --- TrunkDetailsController -------------------------------------------------------------

TrunkDetailsController::TrunkDetailsController(QObject *parent)
    : QObject(parent)
    , m_phoneNumbers(new PhoneNumbersModel(this))
    , m_destinationUris(new DestinationUrisModel(this))
    , m_whitelistedIps(new WhitelistedIpsModel(this))
    , m_credentials(new CredentialsModel(this)) {
    const Section sections[] = {Section::PhoneNumbers, Section::DestinationUris,
                                Section::WhitelistedIps, Section::Credentials};
    for (const Section s : sections) {
        SectionModel *model = section(s);
        connect(model, &SectionModel::retryRequested, this, [this, s] { reloadSection(s); });
        connect(model, &SectionModel::stateChanged, this, [this, s] {
            emit sectionStateChanged(s);
            if (sectionsSettled())
                emit sectionsSettledChanged();
        });
    }
}

ExotelClient *TrunkDetailsController::client() const {
    return m_client.data();
}

// Destroying the load contexts abandons whatever is still in flight.
TrunkDetailsController::~TrunkDetailsController() = default;

void TrunkDetailsController::setClient(ExotelClient *client) {
    cancel();
    m_client = client;
}

SectionModel *TrunkDetailsController::section(Section section) const {
    switch (section) {
    case Section::PhoneNumbers:
        return m_phoneNumbers;
    case Section::DestinationUris:
        return m_destinationUris;
    case Section::WhitelistedIps:
        return m_whitelistedIps;
    case Section::Credentials:
        return m_credentials;
    case Section::CallerId:
    case Section::Trunk:
        break;
    }
    return nullptr;
}

bool TrunkDetailsController::sectionsSettled() const {
    const SectionModel *models[] = {m_phoneNumbers, m_destinationUris, m_whitelistedIps,
                                    m_credentials};
    for (const SectionModel *m : models) {
        if (m->state() == SectionModel::State::Loading || m->state() == SectionModel::State::Idle)
            return false;
    }
    return true;
}

// A load's callbacks run only while its context lives (the client's guarantee): a new context
// per load abandons the previous load's calls, so a superseded answer is never applied.
QObject *TrunkDetailsController::renewContext(std::unique_ptr<QObject> &slot) {
    slot = std::make_unique<QObject>();
    return slot.get();
}

void TrunkDetailsController::cancel() {
    m_trunkLoad.reset();
    for (std::unique_ptr<QObject> &load : m_sectionLoads)
        load.reset();
}

void TrunkDetailsController::load(const TrunkSid &sid, const std::optional<Trunk> &known,
                                  bool refreshTrunk) {
    cancel();
    m_sid = sid;
    m_trunk = known;
    m_trunkError = {};
    m_phoneNumbers->clear();
    m_destinationUris->clear();
    m_whitelistedIps->clear();
    m_credentials->clear();
    emit trunkChanged();
    if (known) {
        m_trunkState = TrunkState::Loaded;
        emit trunkStateChanged(m_trunkState);
    }
    if (!known || refreshTrunk)
        loadTrunk();
    reloadAll();
}

void TrunkDetailsController::loadSections(const TrunkSid &sid) {
    cancel();
    m_sid = sid;
    m_trunk.reset();
    m_phoneNumbers->clear();
    m_destinationUris->clear();
    m_whitelistedIps->clear();
    m_credentials->clear();
    reloadAll();
}

void TrunkDetailsController::loadTrunk() {
    if (!m_client)
        return;
    if (!m_trunk) {
        m_trunkState = TrunkState::Loading;
        emit trunkStateChanged(m_trunkState);
    }
    m_client->getTrunk(m_sid, renewContext(m_trunkLoad), [this](const ApiResult<Trunk> &result) {
        if (result.isOk()) {
            m_trunk = result.value();
            m_trunkError = {};
            m_trunkState = TrunkState::Loaded;
            emit trunkChanged();
        } else if (result.error().kind == ApiError::Kind::Cancelled) {
            return;
        } else {
            m_trunkError = result.error();
            qCWarning(lcTrunkDetails).noquote()
                << "loading trunk failed:" << result.error().technicalDetails();
            // A trunk already on screen stays; the error only matters when there is nothing.
            m_trunkState = m_trunk ? TrunkState::Loaded : TrunkState::Error;
        }
        emit trunkStateChanged(m_trunkState);
    });
}

void TrunkDetailsController::reloadAll() {
    reloadSection(Section::PhoneNumbers);
    reloadSection(Section::DestinationUris);
    reloadSection(Section::WhitelistedIps);
    reloadSection(Section::Credentials);
}

namespace {
// Shared shape of the four section loads (a newer load of the section abandons this one).
template <typename Model, typename T> auto sectionCallback(Model *model) {
    return [model](const ApiResult<QList<T>> &result) {
        if (result.isOk()) {
            model->setItems(result.value(), result.skippedCount());
        } else if (result.error().kind != ApiError::Kind::Cancelled) {
            qCWarning(lcTrunkDetails).noquote()
                << model->title() << "failed:" << result.error().technicalDetails();
            model->setFailed(result.error());
        }
    };
}
} // namespace

void TrunkDetailsController::reloadSection(Section which) {
    SectionModel *model = section(which);
    if (!model || !m_client || m_sid.isEmpty()) {
        return;
    }
    QObject *context = renewContext(m_sectionLoads.at(static_cast<std::size_t>(which)));
    model->setLoading();
    switch (which) {
    case Section::PhoneNumbers:
        m_client->listPhoneNumbers(m_sid, context,
                                   sectionCallback<PhoneNumbersModel, PhoneNumber>(m_phoneNumbers));
        break;
    case Section::DestinationUris:
        m_client->listDestinationUris(
            m_sid, context,
            sectionCallback<DestinationUrisModel, DestinationUri>(m_destinationUris));
        break;
    case Section::WhitelistedIps:
        m_client->listWhitelistedIps(
            m_sid, context, sectionCallback<WhitelistedIpsModel, WhitelistedIp>(m_whitelistedIps));
        break;
    case Section::Credentials:
        m_client->listCredentials(m_sid, context,
                                  sectionCallback<CredentialsModel, Credential>(m_credentials));
        break;
    case Section::CallerId:
    case Section::Trunk:
        break;
    }
}

} // namespace exotrunk
