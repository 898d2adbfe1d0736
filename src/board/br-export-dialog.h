/* br-export-dialog.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "br-board-export.h"

G_BEGIN_DECLS

#define BR_TYPE_EXPORT_DIALOG (br_export_dialog_get_type ())

G_DECLARE_FINAL_TYPE (BrExportDialog, br_export_dialog, BR, EXPORT_DIALOG, AdwWindow)

BrExportDialog *br_export_dialog_new            (BrBoard            *board,
                                                 const char * const *selection,
                                                 const char         *name);
void            br_export_dialog_set_board_file (BrExportDialog     *self,
                                                 GFile              *file);
void            br_export_dialog_get_options    (BrExportDialog     *self,
                                                 BrExportOptions    *out);
gboolean        br_export_dialog_export_to_file (BrExportDialog     *self,
                                                 GFile              *file);

G_END_DECLS
