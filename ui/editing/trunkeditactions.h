#pragma once

#include "domain/credential.h"
#include "domain/destinationuri.h"
#include "domain/ids.h"
#include "domain/phonenumber.h"
#include "domain/trunk.h"
#include "domain/trunksection.h"
#include "domain/whitelistedip.h"

#include "api/endpointcatalogue.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QAction;
class QDialog;
class QWidget;

namespace exotrunk {

class ExotelClient;
class TrunkChanges;

// What the page shows of a trunk's sections, for the consequences a removal names (the last IP
// of a trunk without credentials, the failover order of the destinations that remain).
struct TrunkContents {
    QList<PhoneNumber> numbers;
    QList<WhitelistedIp> ips;
    QList<DestinationUri> destinations;
    QList<Credential> credentials;
};

// The edit actions of one trunk's details page. The page places the actions of each section
// (actionsFor), tells this object what is selected, and refreshes only the section named by
// sectionChanged. Every action opens a window-modal dialog on `dialogParent` that deletes
// itself when closed; the dialogs write through TrunkChanges (models/workflows). An action whose
// endpoint the account's server does not support is disabled with the reason in its tooltip;
// one that needs a selection says so while nothing is selected.
class TrunkEditActions : public QObject {
    Q_OBJECT
public:
    // The sections the workflows name (models/domain/trunksection.h): one enum for both.
    using Section = TrunkSection;

    TrunkEditActions(ExotelClient *client, TrunkSid trunkSid, QString profileId,
                     QWidget *dialogParent);
    ~TrunkEditActions() override;

    const TrunkSid &trunkSid() const { return m_trunkSid; }
    // The trunk's name, once known: dialogs then say "name (SID)" instead of the SID alone.
    void setTrunkName(const QString &name) { m_trunkName = name; }
    // The names of the account's other trunks, for refusing a rename to one of them.
    void setOtherTrunkNames(std::function<QStringList()> names) {
        m_otherTrunkNames = std::move(names);
    }
    QString trunkLabel() const;
    const QString &profileId() const { return m_profileId; }

    // Phone numbers
    QAction *mapNumber() const { return m_mapNumber; }
    QAction *changeMode() const { return m_changeMode; }     // needs a selected number
    QAction *removeNumber() const { return m_removeNumber; } // the selected numbers
    // Whitelisted IPs
    QAction *allowIp() const { return m_allowIp; }
    QAction *editMask() const { return m_editMask; } // needs one selected IP
    QAction *removeIp() const { return m_removeIp; } // the selected IPs
    // Destination URIs
    QAction *addDestinations() const { return m_addDestinations; }
    QAction *editDestinationOrder() const { return m_editOrder; }      // needs one selected
    QAction *removeDestination() const { return m_removeDestination; } // the selected ones
    // Caller ID
    QAction *setCallerId() const { return m_setCallerId; }
    QAction *removeAlias() const { return m_removeAlias; } // while an alias is known
    // Credentials
    QAction *createCredential() const { return m_createCredential; }
    QAction *editCredential() const { return m_editCredential; }     // needs a selection
    QAction *deleteCredential() const { return m_deleteCredential; } // needs a selection
    QAction *rotateCredential() const { return m_rotateCredential; }
    QAction *finishRotation() const { return m_finishRotation; } // enabled while one is pending
    // Trunk
    QAction *renameTrunk() const { return m_renameTrunk; }

    // The actions of one section, in toolbar order.
    QList<QAction *> actionsFor(Section section) const;

    void setSelectedPhoneNumber(const std::optional<PhoneNumber> &number);
    void setSelectedCredential(const std::optional<Credential> &credential);
    // Every selected row (several rows are removed at once); the first is "the" selected one.
    void setSelectedPhoneNumbers(const QList<PhoneNumber> &numbers);
    void setSelectedWhitelistedIps(const QList<WhitelistedIp> &ips);
    void setSelectedDestinations(const QList<DestinationUri> &destinations);
    void setSelectedCredentials(const QList<Credential> &credentials);
    // What the page shows of the trunk, read when a confirmation is built.
    void setContents(std::function<TrunkContents()> contents) { m_contents = std::move(contents); }

    // "+91… — set by this console on …": what this console set last, for when the server
    // cannot be asked.
    QString callerIdAliasText() const;
    // Reads the alias back from GET …/settings; answers with aliasRead.
    void readAlias();
    const QString &alias() const { return m_alias; }

    // Re-reads the persisted rotations (e.g. after another window finished one).
    void refreshPendingRotations();

    // The dialog opened by the last triggered action while it is open (for tests and the page).
    QDialog *currentDialog() const { return m_dialog; }

signals:
    // A change was made in `section`; only that section needs reloading.
    void sectionChanged(exotrunk::TrunkSection section);
    void dialogOpened(QDialog *dialog);
    void pendingRotationsChanged(int count);
    // The trunk was renamed; `trunk` is what the server answered.
    void trunkRenamed(const exotrunk::Trunk &trunk);
    // The caller-ID alias as the page should show it, and a tooltip saying where it comes from
    // (the server, or — when it cannot be asked — what this console set).
    void aliasRead(const QString &text, const QString &source);

private:
    QAction *makeAction(const QString &text, const QString &objectName);
    void setSupported(QAction *action, Endpoint endpoint, bool ready, const QString &readyTip,
                      const QString &notReadyTip);
    TrunkContents contents() const;
    void open(QDialog *dialog);
    void openMapNumber();
    void openChangeMode();
    void openAllowIp();
    void openRenameTrunk();
    void openAddDestinations();
    void openCallerId();
    void openCreateCredential();
    void openDeleteCredential();
    void openRotation(bool resume);
    void openRemoveNumbers();
    void openRemoveIps();
    void openRemoveDestinations();
    void openRemoveCredentials();
    void openEditMask();
    void openEditOrder();
    void openEditCredential();
    void openRemoveAlias();
    void updateEnabled();
    void updateRowActions();

    std::function<QStringList()> m_otherTrunkNames;
    std::function<TrunkContents()> m_contents;

    ExotelClient *m_client;
    TrunkSid m_trunkSid;
    QString m_trunkName;
    QString m_profileId;
    QPointer<QWidget> m_dialogParent;
    QPointer<QDialog> m_dialog;
    std::optional<PhoneNumber> m_selectedNumber;
    std::optional<Credential> m_selectedCredential;
    QList<PhoneNumber> m_selectedNumbers;
    QList<WhitelistedIp> m_selectedIps;
    QList<DestinationUri> m_selectedDestinations;
    QList<Credential> m_selectedCredentials;
    QString m_alias; // read back from the server, or what this console set
    TrunkChanges *m_changes;
    int m_pendingCount = 0;

    QAction *m_mapNumber;
    QAction *m_changeMode;
    QAction *m_removeNumber;
    QAction *m_allowIp;
    QAction *m_removeIp;
    QAction *m_editMask;
    QAction *m_addDestinations;
    QAction *m_removeDestination;
    QAction *m_editOrder;
    QAction *m_setCallerId;
    QAction *m_removeAlias;
    QAction *m_createCredential;
    QAction *m_editCredential;
    QAction *m_deleteCredential;
    QAction *m_rotateCredential;
    QAction *m_finishRotation;
    QAction *m_renameTrunk;
};

} // namespace exotrunk
