/* br-excalidraw.h — reading and writing Excalidraw drawings (no GTK)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "br-board.h"
#include "br-doc-error.h"

G_BEGIN_DECLS

#define BR_EXCALIDRAW_MIME_TYPE "application/vnd.excalidraw+json"
#define BR_EXCALIDRAW_SUFFIX    ".excalidraw"

/**
 * BrExcalidrawSkipped:
 * @BR_EXCALIDRAW_SKIPPED_IMAGE: "image" elements
 * @BR_EXCALIDRAW_SKIPPED_FRAME: "frame" and "magicframe" elements
 * @BR_EXCALIDRAW_SKIPPED_EMBED: "embeddable" and "iframe" elements
 * @BR_EXCALIDRAW_SKIPPED_OTHER: elements of any other kind the board
 *   cannot show
 *
 * The kinds of Excalidraw elements a board has no item for.
 */
typedef enum {
  BR_EXCALIDRAW_SKIPPED_IMAGE,
  BR_EXCALIDRAW_SKIPPED_FRAME,
  BR_EXCALIDRAW_SKIPPED_EMBED,
  BR_EXCALIDRAW_SKIPPED_OTHER,
  BR_EXCALIDRAW_N_SKIPPED
} BrExcalidrawSkipped;

/**
 * BrExcalidrawReport:
 * @skipped: elements left out, by kind (see br_excalidraw_report_to_message())
 * @deleted: deleted elements left out, as Excalidraw itself does
 * @rotated: shapes and text drawn without their rotation (lines, arrows
 *   and freehand strokes keep it: their points are turned)
 * @translucent: elements drawn opaque
 * @patterned: hatched, cross-hatched or zigzag fills drawn solid
 * @straightened: arrows with bends drawn straight between their ends
 * @polylines: lines with bends drawn as freehand strokes
 * @unbound: arrow ends bound to an element that is not on the board,
 *   left free where they were
 * @extra_labels: texts bound to a container that had a label already,
 *   kept as free text
 *
 * What an import could not keep as it was, or left out.
 */
typedef struct {
  guint skipped[BR_EXCALIDRAW_N_SKIPPED];
  guint deleted;
  guint rotated;
  guint translucent;
  guint patterned;
  guint straightened;
  guint polylines;
  guint unbound;
  guint extra_labels;
} BrExcalidrawReport;

BrBoard  *br_excalidraw_parse              (GBytes                   *bytes,
                                            BrExcalidrawReport       *report,
                                            GError                  **error);
GBytes   *br_excalidraw_to_bytes           (BrBoard                  *board);
char     *br_excalidraw_report_to_message  (const BrExcalidrawReport *report);
gboolean  br_excalidraw_file_is_drawing    (GFile                    *file);
BrBoard  *br_excalidraw_new_from_file      (GFile                    *file,
                                            BrExcalidrawReport       *report,
                                            GCancellable             *cancellable,
                                            GError                  **error);
gboolean  br_excalidraw_save_to_file       (BrBoard                  *board,
                                            GFile                    *file,
                                            GCancellable             *cancellable,
                                            GError                  **error);

G_END_DECLS
