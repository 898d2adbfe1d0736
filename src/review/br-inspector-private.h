/* br-inspector-private.h — shared by the files of BrInspector
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "br-inspector.h"

G_BEGIN_DECLS

/* What the inspector keeps of one property's row */
typedef struct
{
  GtkWidget *widget;           /* the entry, switch or combo row */
  AdwActionRow *row;           /* an entry's row */
  char *hint;                  /* an entry's subtitle while its value is fine */
  char *shown;                 /* the value an entry shows as committed */
  char *error;                 /* why the value typed was refused */
} BrInspectorField;

struct _BrInspector
{
  GtkBox parent_instance;

  BrCanvas *canvas;
  BrReviewTracker *tracker;
  char *shape;                 /* what the rows were built for */
  char *item_id;               /* the item they edit */
  BrInspectorField fields[BR_N_FIELDS];
  gboolean dirty;              /* changed while not shown */

  /* Template widgets */
  GtkLabel *title_label;
  GtkLabel *empty_label;
  GtkListBox *properties_list;
  GtkLabel *figures_heading;
  GtkListBox *figures_list;
  GtkLabel *drill_heading;
  GtkFlowBox *drill_box;
  GtkButton *down_button;
  GtkButton *replica_button;
  GtkButton *slow_button;
  GtkSpinButton *factor_spin;
  GtkButton *cut_button;
};

/* br-inspector.c */
void     _br_inspector_sync            (BrInspector        *self);

/* br-inspector-rows.c */
char    *_br_inspector_shape_of        (const BrItem       *item,
                                        const BrReviewNode *node,
                                        const BrReviewEdge *edge);
void     _br_inspector_rebuild         (BrInspector        *self,
                                        const BrItem       *item,
                                        const BrReviewNode *node,
                                        const BrReviewEdge *edge);
void     _br_inspector_refresh_values  (BrInspector        *self,
                                        const BrItem       *item,
                                        const BrReviewNode *node,
                                        const BrReviewEdge *edge);
void     _br_inspector_commit_entry    (BrInspector        *self,
                                        GtkEditable        *entry);
void     _br_inspector_clear_fields    (BrInspector        *self);

/* br-inspector-figures.c */
gboolean _br_inspector_behind_cache    (BrInspector        *self,
                                        const BrReviewNode *node);
void     _br_inspector_show_figures    (BrInspector        *self,
                                        const BrItem       *item,
                                        guint               n_selected,
                                        BrReview           *review,
                                        const BrReviewNode *node,
                                        const BrReviewEdge *edge);

G_END_DECLS
