#pragma once

#include "diagnostics/readiness.h"
#include "domain/ids.h"
#include "domain/trunksection.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QWidget>

#include <initializer_list>

class QGridLayout;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QScrollArea;

namespace exotrunk {
class TrunkDetailsController;
class TrunkEditActions;
} // namespace exotrunk

namespace exotrunk::ui {

class Banner;
class CopyButton;
class ReadinessPanel;
class SectionWidget;
class StatusBadge;

// Everything about one trunk on one page: basic information, copy buttons for what other
// tools need (SID, sip:<sid>, SIP domain) and the four sections, each with its own state.
class TrunkDetailsPage : public QWidget {
    Q_OBJECT
public:
    explicit TrunkDetailsPage(TrunkDetailsController *controller, QWidget *parent = nullptr);

    TrunkDetailsController *controller() const { return m_controller; }
    // The edit actions of the trunk shown: the page builds each section's buttons, follows the
    // tables' selections and the Delete key, and shows the alias they read back. Null removes
    // the buttons (the actions' owner keeps the actions).
    void setEditActions(TrunkEditActions *actions);
    // The caller-ID alias (empty → "—") and where it comes from, for the field's tooltip: read
    // back from the server, or — where it cannot be asked — the last one this console set.
    void setAlias(const QString &alias, const QString &source = {});
    // Value label of a basic-information field by key: "name", "sid", "alias", "domain",
    // "authType", "created", "updated", "status", "secureTrunking", "registration",
    // "edgePreference", "nsoCode", "sipUri".
    QLabel *field(const QString &key) const { return m_fields.value(key); }

    // An unfinished guided setup of this trunk (from the provisioning journal): a banner with
    // what is missing and a "Finish setup…" button. An empty list hides it.
    void setUnfinishedSetup(const QStringList &missing);
    Banner *setupBanner() const { return m_setupBanner; }

    // Whose records remember the trunk's purpose (the readiness panel).
    void setProfileId(const QString &profileId);
    ReadinessPanel *readinessPanel() const { return m_readiness; }

    SectionWidget *phoneNumbersSection() const { return m_phoneNumbers; }
    SectionWidget *destinationUrisSection() const { return m_destinationUris; }
    SectionWidget *whitelistedIpsSection() const { return m_whitelistedIps; }
    SectionWidget *credentialsSection() const { return m_credentials; }

signals:
    void backRequested();
    void deleteRequested(const exotrunk::TrunkSid &sid);
    void finishSetupRequested(const exotrunk::TrunkSid &sid);
    // A readiness finding's "Fix…": the edit action of `kind` should open. For a mode change
    // the number concerned is already the phone numbers section's current row.
    void fixRequested(exotrunk::FixKind kind, const QStringList &subjects);

private:
    void updateTrunk();
    void updateTrunkState();
    void prepareFix(exotrunk::FixKind kind, const QStringList &subjects);
    void addSectionButtons(SectionWidget *section, std::initializer_list<TrunkSection> kinds,
                           const QString &moreName);
    QLabel *addField(QGridLayout *grid, int row, int column, const QString &key,
                     const QString &label);

    TrunkDetailsController *m_controller;
    QPushButton *m_back;
    QLabel *m_title;
    StatusBadge *m_status;
    QPushButton *m_delete;
    QHBoxLayout *m_header;
    Banner *m_errorBanner;
    Banner *m_setupBanner;
    QHash<QString, QLabel *> m_fields;
    CopyButton *m_copySid;
    CopyButton *m_copySipUri;
    CopyButton *m_copyDomain;
    SectionWidget *m_phoneNumbers;
    SectionWidget *m_destinationUris;
    SectionWidget *m_whitelistedIps;
    SectionWidget *m_credentials;
    ReadinessPanel *m_readiness;
    QString m_alias;
    QPointer<TrunkEditActions> m_editActions;
    QList<QPointer<QWidget>> m_editButtons;
};

} // namespace exotrunk::ui
