// TrunkDetailsPage: the edit actions of the trunk it shows — each section's buttons (the less
// frequent ones in a "More" menu), Rename beside Delete, the selections of the section tables
// (rows of the models, never of the sorted views), the Delete key and the caller-ID alias.
#include "trunkdetailspage.h"

#include "editing/trunkeditactions.h"
#include "sectionwidget.h"
#include "trunkdetailsmodels.h"

#include <QAction>
#include <QDialog>
#include <QHBoxLayout>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>

namespace exotrunk::ui {

namespace {
// The items at `rows` (rows of the section's model), skipping any a reload took away.
template <typename T> QList<T> pickRows(const QList<T> &items, const QList<int> &rows) {
    QList<T> picked;
    for (int row : rows) {
        if (row >= 0 && row < items.size())
            picked.append(items.at(row));
    }
    return picked;
}
} // namespace

void TrunkDetailsPage::setEditActions(TrunkEditActions *actions) {
    for (const QPointer<QWidget> &button : std::as_const(m_editButtons))
        delete button.data();
    m_editButtons.clear();
    m_editActions = actions;
    if (!actions)
        return;
    using Section = TrunkSection;
    addSectionButtons(m_phoneNumbers, {Section::PhoneNumbers, Section::CallerId},
                      tr("More phone number actions"));
    addSectionButtons(m_destinationUris, {Section::DestinationUris},
                      tr("More destination URI actions"));
    addSectionButtons(m_whitelistedIps, {Section::WhitelistedIps},
                      tr("More whitelisted IP actions"));
    addSectionButtons(m_credentials, {Section::Credentials}, tr("More credential actions"));
    // Rename sits beside Delete in the header, where the trunk's name is.
    auto *rename = new QToolButton(this);
    rename->setDefaultAction(actions->renameTrunk());
    rename->setObjectName(QStringLiteral("renameTrunkActionButton"));
    m_header->insertWidget(m_header->indexOf(m_delete), rename);
    m_editButtons.append(rename);

    TrunkDetailsController *details = m_controller;
    actions->setContents([details] {
        return TrunkContents{details->phoneNumbers()->items(), details->whitelistedIps()->items(),
                             details->destinationUris()->items(), details->credentials()->items()};
    });
    auto track = [actions](SectionWidget *section, QAction *remove, auto onRows) {
        connect(section, &SectionWidget::selectedSourceRowsChanged, actions, onRows);
        connect(section, &SectionWidget::deleteRequested, remove, [remove] {
            if (remove->isEnabled())
                remove->trigger();
        });
    };
    track(m_phoneNumbers, actions->removeNumber(), [actions, details](const QList<int> &rows) {
        actions->setSelectedPhoneNumbers(pickRows(details->phoneNumbers()->items(), rows));
    });
    track(m_whitelistedIps, actions->removeIp(), [actions, details](const QList<int> &rows) {
        actions->setSelectedWhitelistedIps(pickRows(details->whitelistedIps()->items(), rows));
    });
    track(m_destinationUris, actions->removeDestination(),
          [actions, details](const QList<int> &rows) {
              actions->setSelectedDestinations(pickRows(details->destinationUris()->items(), rows));
          });
    track(m_credentials, actions->deleteCredential(), [actions, details](const QList<int> &rows) {
        actions->setSelectedCredentials(pickRows(details->credentials()->items(), rows));
    });
    // What the server reports as the alias replaces what this console remembers.
    connect(actions, &TrunkEditActions::aliasRead, this, &TrunkDetailsPage::setAlias);
    actions->readAlias();
}

// The less frequent edits sit in a "More" menu per section so the section toolbars fit beside
// each other; a disabled one shows why in its tooltip. Each "More" is named after its section:
// four buttons all called "More" would leave a screen-reader user guessing.
void TrunkDetailsPage::addSectionButtons(SectionWidget *section,
                                         std::initializer_list<TrunkSection> kinds,
                                         const QString &moreName) {
    const QList<QAction *> secondary = {
        m_editActions->editMask(), m_editActions->editDestinationOrder(),
        m_editActions->removeAlias(), m_editActions->editCredential()};
    QMenu *more = nullptr;
    for (TrunkSection kind : kinds) {
        for (QAction *action : m_editActions->actionsFor(kind)) {
            if (secondary.contains(action)) {
                if (!more) {
                    auto *moreButton = new QToolButton(section);
                    moreButton->setObjectName(section->objectName() + QStringLiteral("MoreButton"));
                    moreButton->setText(tr("More"));
                    moreButton->setAccessibleName(moreName);
                    moreButton->setToolTip(moreName);
                    moreButton->setAccessibleDescription(tr("Less frequent changes"));
                    moreButton->setPopupMode(QToolButton::InstantPopup);
                    more = new QMenu(moreButton);
                    more->setToolTipsVisible(true);
                    moreButton->setMenu(more);
                    section->actionsLayout()->addWidget(moreButton);
                    m_editButtons.append(moreButton);
                }
                more->addAction(action);
                continue;
            }
            auto *button = new QToolButton(section);
            button->setDefaultAction(action);
            button->setObjectName(action->objectName() + QStringLiteral("Button"));
            section->actionsLayout()->insertWidget(
                section->actionsLayout()->count() - (more ? 1 : 0), button);
            m_editButtons.append(button);
        }
    }
}

} // namespace exotrunk::ui
