#pragma once

#include "editing/editdialogbase.h"

namespace exotrunk {

// The one confirmation of removing the trunk's caller-ID alias (DELETE …/settings?name=
// trunk_external_alias), naming the alias and what outbound calls show afterwards.
class RemoveAliasDialog : public EditDialogBase {
    Q_OBJECT
public:
    RemoveAliasDialog(ExotelClient *client, TrunkSid trunkSid, const QString &alias,
                      QWidget *parent);

signals:
    void aliasRemoved();

protected:
    void submit() override;

private:
    QString m_alias;
};

} // namespace exotrunk
