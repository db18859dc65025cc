#pragma once

#include "diagnostics/readiness.h"
#include "domain/ids.h"

#include <QHash>
#include <QWidget>

class QGridLayout;
class QLabel;
class QPushButton;
class QScrollArea;

namespace exotrunk {
class TrunkDetailsController;
}

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
    QLabel *addField(QGridLayout *grid, int row, int column, const QString &key,
                     const QString &label);

    TrunkDetailsController *m_controller;
    QPushButton *m_back;
    QLabel *m_title;
    StatusBadge *m_status;
    QPushButton *m_delete;
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
};

} // namespace exotrunk::ui
