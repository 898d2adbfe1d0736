/* br-board-item.h — the items of a whiteboard: kinds, styles, geometry (no GTK)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "br-ids.h"

G_BEGIN_DECLS

/* Limits every item obeys; the file loader refuses anything outside them
 * and the board clamps what the tools give it to them. */
#define BR_BOARD_MAX_COORD      1e7
#define BR_BOARD_MAX_SIZE       1e6
#define BR_BOARD_MAX_POINTS     10000   /* points of one freehand stroke */
#define BR_BOARD_MAX_ID_LENGTH  BR_ID_MAX_LENGTH
/* Characters of a label: a few sentences. Every label is laid out to draw
 * or export the board, so their length bounds that work; a file with a
 * longer one is refused. */
#define BR_BOARD_MAX_LABEL      1000

typedef struct {
  double x, y;
} BrPoint;

typedef struct {
  double x, y, width, height;
} BrRect;

/**
 * BrItemKind:
 *
 * What an item is. Closed shapes (rectangle ... stencil) have a box given
 * by x, y, width and height; an arrow's box is derived from its ends, a
 * stroke's from its points.
 */
typedef enum {
  BR_ITEM_RECTANGLE,
  BR_ITEM_ROUNDED_RECTANGLE,
  BR_ITEM_ELLIPSE,
  BR_ITEM_DIAMOND,
  BR_ITEM_CYLINDER,
  BR_ITEM_CLOUD,
  BR_ITEM_HEXAGON,
  BR_ITEM_TEXT,
  BR_ITEM_STENCIL,
  BR_ITEM_ARROW,
  BR_ITEM_STROKE,
  BR_N_ITEM_KINDS
} BrItemKind;

typedef enum {
  BR_STENCIL_CLIENT,
  BR_STENCIL_DNS,
  BR_STENCIL_CDN,
  BR_STENCIL_LOAD_BALANCER,
  BR_STENCIL_API_GATEWAY,
  BR_STENCIL_SERVICE,
  BR_STENCIL_WORKER,
  BR_STENCIL_CACHE,
  BR_STENCIL_SQL_DATABASE,
  BR_STENCIL_NOSQL_STORE,
  BR_STENCIL_MESSAGE_QUEUE,
  BR_STENCIL_STREAM,
  BR_STENCIL_OBJECT_STORAGE,
  BR_STENCIL_SEARCH_INDEX,
  BR_STENCIL_MONITORING,
  BR_N_STENCILS
} BrStencil;

typedef enum {
  BR_STROKE_THIN,
  BR_STROKE_MEDIUM,
  BR_STROKE_BOLD,
  BR_N_STROKE_WIDTHS
} BrStrokeWidth;

typedef enum {
  BR_LINE_SOLID,
  BR_LINE_DASHED,
  BR_LINE_DOTTED,
  BR_N_LINE_STYLES
} BrLineStyle;

typedef enum {
  BR_FONT_SMALL,
  BR_FONT_MEDIUM,
  BR_FONT_LARGE,
  BR_N_FONT_SIZES
} BrFontSize;

typedef enum {
  BR_ROUTING_STRAIGHT,
  BR_ROUTING_ELBOW,
  BR_N_ROUTINGS
} BrRouting;

typedef enum {
  BR_HEADS_NONE,
  BR_HEADS_START,
  BR_HEADS_END,
  BR_HEADS_BOTH,
  BR_N_HEADS
} BrHeads;

typedef enum {
  BR_END_START,
  BR_END_END,
} BrArrowSide;

/* Palette indices (see br-board-render.h for the colours) */
#define BR_PALETTE_SIZE 8

/**
 * BrArrowEnd:
 * @item_id: (nullable): the item the end is bound to, or %NULL for a free end
 * @x: the free position, or for a bound end the last derived position
 * @y: likewise
 */
typedef struct {
  char *item_id;
  double x, y;
} BrArrowEnd;

/**
 * BrItem:
 *
 * One item of a board. The public fields may be read by anyone; items
 * that belong to a #BrBoard are changed only through the board's
 * operations (which record them for undo and keep the index, the bindings
 * and the listeners up to date). Fields after "private" are the board's.
 */
typedef struct _BrItem BrItem;

/* The design review's properties of an item: br-board-component.h */
typedef struct _BrComponent BrComponent;
/* The inputs an estimate note keeps: br-board-estimate.h */
typedef struct _BrItemEstimate BrItemEstimate;

struct _BrItem
{
  char *id;
  BrItemKind kind;
  BrStencil stencil;          /* BR_ITEM_STENCIL only */

  /* The box: set for closed shapes, derived for arrows and strokes */
  double x, y, width, height;

  guint8 stroke_color;        /* palette index */
  guint8 fill_color;          /* palette index */
  gboolean filled;
  BrStrokeWidth stroke_width;
  BrLineStyle line_style;
  BrFontSize font_size;
  char *label;                /* UTF-8, never NULL ("" for none) */
  char *group;                /* nullable */
  gboolean locked;
  BrComponent *component;     /* nullable: the review properties the user set */
  BrItemEstimate *estimate;   /* nullable: boxes only, an estimate note's inputs */

  /* BR_ITEM_ARROW */
  BrRouting routing;
  BrHeads heads;
  BrArrowEnd ends[2];

  /* BR_ITEM_STROKE: absolute board coordinates */
  BrPoint *points;
  guint n_points;

  /* private */
  guint z;                    /* position in the board's list */
  GPtrArray *arrows;          /* arrows bound to this item (borrowed, may repeat) */
  int index_level;            /* -1 when not in the spatial index */
  gint64 index_cells[4];      /* x0, y0, x1, y1 of the cells it is in */
  guint index_stamp;
  gpointer render_cache;       /* the renderer's, see br-board-render.c */
  GDestroyNotify render_cache_free;
};

/* Names: stable strings for the file format ("rounded-rectangle") */
const char   *br_item_kind_to_string      (BrItemKind     kind);
const char   *br_stencil_to_string        (BrStencil      stencil);
const char   *br_stencil_get_default_label (BrStencil     stencil);
BrItemKind    br_stencil_get_base_shape   (BrStencil      stencil);
const char * const *br_item_kind_names    (void);
const char * const *br_stencil_names      (void);
const char * const *br_stroke_width_names (void);
const char * const *br_line_style_names   (void);
const char * const *br_font_size_names    (void);
const char * const *br_routing_names      (void);
const char * const *br_heads_names        (void);

double        br_stroke_width_to_double   (BrStrokeWidth  width);
double        br_font_size_to_double      (BrFontSize     size);

/* Construction of items not yet on a board (the board gives them ids) */
BrItem       *br_item_new                 (BrItemKind     kind,
                                           double         x,
                                           double         y,
                                           double         width,
                                           double         height);
BrItem       *br_item_new_stencil         (BrStencil      stencil,
                                           double         x,
                                           double         y,
                                           double         width,
                                           double         height);
BrItem       *br_item_new_arrow           (double         x1,
                                           double         y1,
                                           double         x2,
                                           double         y2);
BrItem       *br_item_new_stroke          (const BrPoint *points,
                                           guint          n_points,
                                           guint          smoothing);
BrItem       *br_item_copy                (const BrItem  *item);
void          br_item_free                (BrItem        *item);
void          br_item_set_label           (BrItem        *item,
                                           const char    *label);
void          br_item_bind_end            (BrItem        *arrow,
                                           BrArrowSide    side,
                                           const char    *item_id);

/* Geometry */
gboolean      br_item_kind_is_shape       (BrItemKind     kind);
gboolean      br_item_is_bindable         (const BrItem  *item);
void          br_item_get_bounds          (const BrItem  *item,
                                           BrRect        *out);
void          br_item_update_bounds       (BrItem        *item);
guint         br_item_get_path            (const BrItem  *arrow,
                                           BrPoint        out[4]);
const double *br_cloud_outline            (guint         *n_values);
void          br_item_outline_point       (const BrItem  *item,
                                           double         toward_x,
                                           double         toward_y,
                                           BrPoint       *out);
gboolean      br_item_hit                 (const BrItem  *item,
                                           double         x,
                                           double         y,
                                           double         tolerance);
double        br_item_distance            (const BrItem  *item,
                                           double         x,
                                           double         y);
void          br_item_translate           (BrItem        *item,
                                           double         dx,
                                           double         dy);
void          br_item_set_box             (BrItem        *item,
                                           const BrRect  *box);

gboolean      br_rect_intersects          (const BrRect  *a,
                                           const BrRect  *b);
gboolean      br_rect_contains_rect       (const BrRect  *outer,
                                           const BrRect  *inner);
void          br_rect_union               (BrRect        *acc,
                                           const BrRect  *other);
double        br_board_clamp_coord        (double         value);
double        br_board_clamp_size         (double         value);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BrItem, br_item_free)

G_END_DECLS
