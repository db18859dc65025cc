#pragma once

#include "api/apierror.h"
#include "domain/credential.h"
#include "domain/destinationuri.h"
#include "domain/phonenumber.h"
#include "domain/trunk.h"
#include "domain/trunksection.h"
#include "domain/whitelistedip.h"

#include <QAbstractTableModel>
#include <QList>
#include <QLoggingCategory>
#include <QObject>
#include <QPointer>

#include <array>
#include <memory>
#include <optional>

Q_DECLARE_LOGGING_CATEGORY(lcTrunkDetails)

namespace exotrunk {

class ExotelClient;

// One section of the trunk details page (phone numbers, destination URIs, whitelisted IPs,
// credentials): a table with its own load state, so one failing section never hides another.
class SectionModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum class State { Idle, Loading, Loaded, Empty, Error };
    Q_ENUM(State)
    enum Role {
        SortRole = Qt::UserRole + 1, // raw value (QString, int, QDateTime)
        IdRole,                      // the item's id
    };

    using QAbstractTableModel::QAbstractTableModel;

    State state() const { return m_state; }
    const ApiError &error() const { return m_error; }
    // "Phone numbers" — for headings and messages.
    virtual QString title() const = 0;
    // The dashboard's wording when the section has nothing.
    virtual QString emptyText() const = 0;

    void setLoading();
    void setFailed(const ApiError &error);
    // Items the last load could not read and left out; the others are shown. 0 when none.
    int unreadableCount() const { return m_unreadable; }
    // "1 item could not be read and is not shown." (translated); empty when none.
    QString unreadableMessage() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

public slots:
    // Asks the owner to load the section again (after an error).
    void retry() { emit retryRequested(); }

signals:
    void stateChanged(exotrunk::SectionModel::State state);
    void retryRequested();

protected:
    virtual int itemCount() const = 0;
    virtual QStringList headers() const = 0;
    void setLoaded(bool empty, int unreadable = 0);
    static QString formatTimestamp(const QDateTime &when);

private:
    void setState(State state);
    State m_state = State::Idle;
    ApiError m_error;
    int m_unreadable = 0;
};

template <typename T> class ListSectionModel : public SectionModel {
public:
    using SectionModel::SectionModel;

    const QList<T> &items() const { return m_items; }
    // `unreadable`: items of the list that could not be read; a section with only those is not
    // "empty".
    void setItems(const QList<T> &items, int unreadable = 0) {
        beginResetModel();
        m_items = items;
        endResetModel();
        setLoaded(m_items.isEmpty() && unreadable == 0, unreadable);
    }
    void clear() {
        beginResetModel();
        m_items.clear();
        endResetModel();
    }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override {
        if (!index.isValid() ||
            !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        return cellData(m_items.at(index.row()), index.column(), role);
    }
    Qt::ItemFlags flags(const QModelIndex &index) const override {
        if (!index.isValid() ||
            !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return Qt::NoItemFlags;
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    }

protected:
    int itemCount() const override { return static_cast<int>(m_items.size()); }
    virtual QVariant cellData(const T &item, int column, int role) const = 0;

private:
    QList<T> m_items;
};

// Number, mode (null shown as "pstn (default)"), created.
class PhoneNumbersModel : public ListSectionModel<PhoneNumber> {
    Q_OBJECT
public:
    enum Column { NumberColumn, ModeColumn, CreatedColumn };
    using ListSectionModel::ListSectionModel;
    QString title() const override;
    QString emptyText() const override;
    static QString modeText(NumberMode mode);

protected:
    QStringList headers() const override;
    QVariant cellData(const PhoneNumber &item, int column, int role) const override;
};

// Destination, transport, priority, weight.
class DestinationUrisModel : public ListSectionModel<DestinationUri> {
    Q_OBJECT
public:
    enum Column { DestinationColumn, TransportColumn, PriorityColumn, WeightColumn };
    using ListSectionModel::ListSectionModel;
    QString title() const override;
    QString emptyText() const override;

protected:
    QStringList headers() const override;
    QVariant cellData(const DestinationUri &item, int column, int role) const override;
};

// IP/mask, friendly name, created.
class WhitelistedIpsModel : public ListSectionModel<WhitelistedIp> {
    Q_OBJECT
public:
    enum Column { AddressColumn, FriendlyNameColumn, CreatedColumn };
    using ListSectionModel::ListSectionModel;
    QString title() const override;
    QString emptyText() const override;

protected:
    QStringList headers() const override;
    QVariant cellData(const WhitelistedIp &item, int column, int role) const override;
};

// User name, friendly name, created. Passwords are never returned by the API.
class CredentialsModel : public ListSectionModel<Credential> {
    Q_OBJECT
public:
    enum Column { UserNameColumn, FriendlyNameColumn, CreatedColumn };
    using ListSectionModel::ListSectionModel;
    QString title() const override;
    QString emptyText() const override;

protected:
    QStringList headers() const override;
    QVariant cellData(const Credential &item, int column, int role) const override;
};

// Loads one trunk and its four sections in parallel. Each section keeps its own state; a
// failed section can be retried alone. Destroying the controller (or load()ing another
// trunk) cancels everything it still has in flight.
class TrunkDetailsController : public QObject {
    Q_OBJECT
public:
    // One enum for the sections everywhere (models/domain/trunksection.h); CallerId and Trunk
    // have no table here: section() answers null and reloadSection() does nothing for them.
    using Section = TrunkSection;
    enum class TrunkState { Idle, Loading, Loaded, Error };
    Q_ENUM(TrunkState)

    explicit TrunkDetailsController(QObject *parent = nullptr);
    ~TrunkDetailsController() override;

    void setClient(ExotelClient *client);
    ExotelClient *client() const;

    // Starts loading the trunk (unless `known` is given, which is shown at once and
    // refreshed in the background when `refreshTrunk`) and all four sections.
    void load(const TrunkSid &sid, const std::optional<Trunk> &known = std::nullopt,
              bool refreshTrunk = true);
    // Only the four sections (the delete confirmation counts what goes with a trunk).
    void loadSections(const TrunkSid &sid);
    void reloadSection(Section section);
    void reloadAll();
    void cancel();

    const TrunkSid &trunkSid() const { return m_sid; }
    const std::optional<Trunk> &trunk() const { return m_trunk; }
    TrunkState trunkState() const { return m_trunkState; }
    const ApiError &trunkError() const { return m_trunkError; }

    PhoneNumbersModel *phoneNumbers() const { return m_phoneNumbers; }
    DestinationUrisModel *destinationUris() const { return m_destinationUris; }
    WhitelistedIpsModel *whitelistedIps() const { return m_whitelistedIps; }
    CredentialsModel *credentials() const { return m_credentials; }
    SectionModel *section(Section section) const;
    // True when no section is loading any more (whether it loaded or failed).
    bool sectionsSettled() const;

signals:
    void trunkChanged();
    void trunkStateChanged(exotrunk::TrunkDetailsController::TrunkState state);
    void sectionStateChanged(exotrunk::TrunkSection section);
    void sectionsSettledChanged();

private:
    void loadTrunk();
    static QObject *renewContext(std::unique_ptr<QObject> &slot);

    QPointer<ExotelClient> m_client;
    TrunkSid m_sid;
    std::optional<Trunk> m_trunk;
    TrunkState m_trunkState = TrunkState::Idle;
    ApiError m_trunkError;
    // The context of the trunk's load and of each section's (indexed by Section).
    std::unique_ptr<QObject> m_trunkLoad;
    std::array<std::unique_ptr<QObject>, 4> m_sectionLoads;
    PhoneNumbersModel *m_phoneNumbers;
    DestinationUrisModel *m_destinationUris;
    WhitelistedIpsModel *m_whitelistedIps;
    CredentialsModel *m_credentials;
};

} // namespace exotrunk
