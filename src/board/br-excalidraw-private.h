/* br-excalidraw-private.h — shared by the files of the Excalidraw format
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "br-excalidraw.h"
#include "br-json-reader.h"

G_BEGIN_DECLS

#define EXCALIDRAW_FILE_TYPE      "excalidraw"
#define EXCALIDRAW_CLIPBOARD_TYPE "excalidraw/clipboard"
#define EXCALIDRAW_VERSION        2

/* The member of an element's "customData" that says which board item the
 * element stands for, so that a drawing we wrote reads back to the same
 * kinds (see br-excalidraw-write.c) */
#define EXCALIDRAW_CUSTOM_KEY     "barRaiser"

/* Excalidraw's defaults: Helvetica (its "normal" font) and its line height */
#define EXCALIDRAW_FONT_HELVETICA 2
#define EXCALIDRAW_LINE_HEIGHT    1.15
#define EXCALIDRAW_TEXT_PADDING   5.0

gboolean  _br_excalidraw_parse_color     (const char   *text,
                                          guint32      *rgb,
                                          gboolean     *transparent);
guint     _br_excalidraw_nearest_color   (guint32       rgb,
                                          gboolean      fill);
void      _br_excalidraw_format_color    (guint         index,
                                          gboolean      fill,
                                          char          out[8]);

BrStrokeWidth _br_excalidraw_stroke_width_from_double (double width);
BrFontSize    _br_excalidraw_font_size_from_double    (double size);

/* ---------------------------------------------------------------------- */
/* Reading: br-excalidraw-read.c checks and reads each element into an
 * ExElement, br-excalidraw-import.c resolves labels, bindings and our own
 * compound shapes between them and builds the items. */

typedef enum {
  EX_RECTANGLE,
  EX_ELLIPSE,
  EX_DIAMOND,
  EX_TEXT,
  EX_ARROW,
  EX_LINE,
  EX_FREEDRAW,
} ExType;

typedef struct _ExElement ExElement;

struct _ExElement
{
  guint index;                /* in "elements", for messages */
  ExType type;
  const char *id;             /* strings are copies, freed with the element:
                               * each element's tree is freed once it is read */

  double x, y, width, height; /* shapes and text */
  double angle;               /* radians, in [0, 2π) */

  /* Style */
  const char *stroke_color;   /* nullable */
  const char *background;     /* nullable */
  const char *fill_style;     /* nullable */
  const char *stroke_style;   /* nullable */
  double stroke_width;        /* < 0 when absent */
  double opacity;
  gboolean rounded;
  gboolean locked;
  GStrv group_ids;            /* nullable, deepest first */

  /* Text */
  const char *text;
  double font_size;
  const char *container_id;   /* nullable */
  const char *text_align;     /* nullable: "left" (the default), "center", "right" */
  GPtrArray *bound_texts;     /* nullable: ids of texts "boundElements" lists, copied */

  /* Lines, arrows and freehand: absolute points, turned by the angle */
  BrPoint *points;
  guint n_points;
  gboolean closed;            /* a line drawn as a polygon */
  const char *binding[2];     /* nullable: the start and end "elementId" */
  gboolean heads[2];
  gboolean elbowed;

  /* Our own "customData" (see br-excalidraw-write.c) */
  int custom_kind;            /* a BrItemKind, or -1 */
  BrStencil custom_stencil;
  double custom_height;       /* < 0 when absent */
  const char *part_of;        /* nullable */
  gboolean outline;
  const char *custom_group;   /* nullable */
  BrComponent *component;     /* nullable: the review properties, "component" or "flow" */
  BrItemEstimate *estimate;   /* nullable: an estimate note's inputs, "estimate" */

  /* Resolved by the import */
  ExElement *primary;         /* a part of this compound shape: not an item */
  ExElement *style;           /* where the compound's style is read from */
  ExElement *label;           /* the text bound to this container */
  ExElement *container;       /* this text is the label of that element */
  BrItem *item;               /* what this element became (borrowed) */
};

gboolean  _br_excalidraw_read_element    (BrJsonReader       *reader,
                                          JsonObject         *object,
                                          ExElement          *element,
                                          GError            **error);
void      _br_excalidraw_element_clear   (ExElement          *element);
BrBoard  *_br_excalidraw_import          (GArray             *elements,
                                          BrExcalidrawReport *report);

/* ---------------------------------------------------------------------- */
/* Writing: br-excalidraw-elements.c writes elements, br-excalidraw-write.c
 * turns items into them. */

typedef struct {
  GString *out;
  guint n_elements;
  GHashTable *arrows;         /* item id -> GPtrArray of the ids of arrows bound to it */
} ExWriter;

/* What every element has; the kind's own members follow */
typedef struct {
  const char *type;
  const char *id;
  double x, y, width, height;
  const char *stroke;
  const char *background;
  BrStrokeWidth stroke_width;
  BrLineStyle line_style;
  gboolean rounded;
  const char *groups[2];      /* nullable, deepest first */
  const char *label_id;       /* nullable: the bound label */
  GPtrArray *arrows;          /* nullable: ids of bound arrows */
  gboolean locked;
} ExCommon;

void      _br_excalidraw_put_member      (GString            *out,
                                          const char         *member);
void      _br_excalidraw_add_string      (GString            *out,
                                          const char         *member,
                                          const char         *value);
void      _br_excalidraw_add_double      (GString            *out,
                                          const char         *member,
                                          double              value);
void      _br_excalidraw_add_raw         (GString            *out,
                                          const char         *member,
                                          const char         *json);
void      _br_excalidraw_add_points      (GString            *out,
                                          const char         *member,
                                          const BrPoint      *points,
                                          guint               n,
                                          double              x,
                                          double              y,
                                          gboolean            tidy);
void      _br_excalidraw_begin_element   (ExWriter           *w,
                                          const ExCommon     *c);
void      _br_excalidraw_add_custom      (ExWriter           *w,
                                          const char         *members);
void      _br_excalidraw_end_element     (ExWriter           *w);
void      _br_excalidraw_write_text      (ExWriter           *w,
                                          const ExCommon     *base,
                                          const char         *text,
                                          BrFontSize          font,
                                          const BrRect       *box,
                                          double              wrap_width,
                                          gboolean            bottom,
                                          const char         *container,
                                          const char         *custom);
void      _br_excalidraw_write_line      (ExWriter           *w,
                                          const ExCommon     *base,
                                          const BrPoint      *points,
                                          guint               n,
                                          gboolean            polygon,
                                          const char         *custom);

G_END_DECLS
