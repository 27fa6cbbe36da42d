// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project/recoverystore.h"

#include <QDialog>
#include <QVector>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace Revmark {

// Offers unsaved work that a Revmark no longer running left behind ("recoveryDialog"). The
// list ("recoveryList") shows, per entry, the project's name and path, when it was autosaved and
// what restoring would change compared with the project file on disk, and in full below it for
// the selected entry ("recoveryDetails"). Restore
// ("restoreButton", the default) accepts with the selected entry (chosenEntry(), chosenData()),
// Keep for Later ("keepButton", also Escape) rejects and deletes nothing, Discard
// ("discardButton") asks to confirm, then deletes the selected entry from the store; the dialog
// closes when nothing is left. An entry that cannot be read says why and cannot be restored,
// only discarded.
class RecoveryDialog : public QDialog
{
    Q_OBJECT

public:
    RecoveryDialog(RecoveryStore *store, const QVector<RecoveryEntry> &entries, QWidget *parent = nullptr);

    int entryCount() const { return int(m_items.size()); }
    // After accept(): the entry to restore and its project.
    RecoveryEntry chosenEntry() const { return m_chosen.entry; }
    ProjectData chosenData() const { return m_chosen.loaded.data; }

private:
    struct Item
    {
        RecoveryEntry entry;
        ProjectLoadResult loaded;
    };

    int currentIndex() const;
    void restore();
    void discard();
    void updateButtons();

    RecoveryStore *m_store;
    QVector<Item> m_items;
    Item m_chosen;
    QTreeWidget *m_list;
    QLabel *m_details;
    QPushButton *m_restoreButton;
    QPushButton *m_keepButton;
    QPushButton *m_discardButton;
};

} // namespace Revmark
