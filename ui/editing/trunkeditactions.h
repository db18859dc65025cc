#pragma once

#include "domain/credential.h"
#include "domain/ids.h"
#include "domain/phonenumber.h"
#include "domain/trunk.h"

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

// The edit actions of one trunk's details page. The page places the actions of each section
// (actionsFor), tells this object what is selected, and refreshes only the section named by
// sectionChanged. Every action opens a window-modal dialog on `dialogParent` that deletes
// itself when closed. Actions the API cannot perform are present but permanently disabled,
// with a tooltip saying why and what to do instead.
class TrunkEditActions : public QObject {
    Q_OBJECT
public:
    enum class Section {
        PhoneNumbers,
        WhitelistedIps,
        DestinationUris,
        Credentials,
        CallerId,
        Trunk
    };
    Q_ENUM(Section)

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
    QAction *removeNumber() const { return m_removeNumber; } // always disabled
    // Whitelisted IPs
    QAction *allowIp() const { return m_allowIp; }
    QAction *removeIp() const { return m_removeIp; } // always disabled
    // Destination URIs
    QAction *addDestinations() const { return m_addDestinations; }
    QAction *removeDestination() const { return m_removeDestination; } // always disabled
    // Caller ID
    QAction *setCallerId() const { return m_setCallerId; }
    // Credentials
    QAction *createCredential() const { return m_createCredential; }
    QAction *deleteCredential() const { return m_deleteCredential; } // needs a selection
    QAction *rotateCredential() const { return m_rotateCredential; }
    QAction *finishRotation() const { return m_finishRotation; } // enabled while one is pending
    // Trunk
    QAction *renameTrunk() const { return m_renameTrunk; } // always disabled

    // The actions of one section, in toolbar order.
    QList<QAction *> actionsFor(Section section) const;

    void setSelectedPhoneNumber(const std::optional<PhoneNumber> &number);
    void setSelectedCredential(const std::optional<Credential> &credential);

    // "+91… — set by this console on …" for the page's caller-ID line (the API cannot read
    // the alias back).
    QString callerIdAliasText() const;

    // Re-reads the persisted rotations (e.g. after another window finished one).
    void refreshPendingRotations();

    // The dialog opened by the last triggered action while it is open (for tests and the page).
    QDialog *currentDialog() const { return m_dialog; }

signals:
    // A change was made in `section`; only that section needs reloading.
    void sectionChanged(exotrunk::TrunkEditActions::Section section);
    void dialogOpened(QDialog *dialog);
    void pendingRotationsChanged(int count);
    // The trunk was renamed; `trunk` is what the server answered.
    void trunkRenamed(const exotrunk::Trunk &trunk);

private:
    QAction *makeAction(const QString &text, const QString &objectName);
    QAction *makeUnsupported(const QString &text, const QString &objectName, const QString &why);
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
    void updateEnabled();

    std::function<QStringList()> m_otherTrunkNames;

    ExotelClient *m_client;
    TrunkSid m_trunkSid;
    QString m_trunkName;
    QString m_profileId;
    QPointer<QWidget> m_dialogParent;
    QPointer<QDialog> m_dialog;
    std::optional<PhoneNumber> m_selectedNumber;
    std::optional<Credential> m_selectedCredential;
    int m_pendingCount = 0;

    QAction *m_mapNumber;
    QAction *m_changeMode;
    QAction *m_removeNumber;
    QAction *m_allowIp;
    QAction *m_removeIp;
    QAction *m_addDestinations;
    QAction *m_removeDestination;
    QAction *m_setCallerId;
    QAction *m_createCredential;
    QAction *m_deleteCredential;
    QAction *m_rotateCredential;
    QAction *m_finishRotation;
    QAction *m_renameTrunk;
};

} // namespace exotrunk
