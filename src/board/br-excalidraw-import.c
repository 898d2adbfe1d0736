/* br-excalidraw-import.c — from Excalidraw elements to board items
 *
 * Once br-excalidraw-read.c has checked and read every element, this file
 * works out how they relate, then builds the items:
 *
 *  - the parts of our own compound shapes (a cylinder's outline and cap, a
 *    stencil's caption: elements whose customData names their primary
 *    element) are not items; the compound's style is its outline's;
 *  - a text whose "containerId" names a shape or an arrow, or that a
 *    shape's "boundElements" lists, is that element's label (one each; a
 *    second one stays free text);
 *  - item ids are the elements' ids where those are valid board ids, new
 *    ones otherwise; each element's outermost group is its item's group;
 *  - an arrow end bound to an element that became a shape or text stays
 *    bound to it (an end bound to a label is bound to its container, to a
 *    part to its compound); any other binding is dropped, and the end stays
 *    free where the file put it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "br-board"

#include <math.h>
#include <string.h>

#include "br-board-private.h"
#include "br-board-label.h"
#include "br-excalidraw-private.h"

#define ANGLE_EPSILON 1e-6

typedef struct {
  GArray *elements;           /* of ExElement */
  GHashTable *by_id;          /* element id -> ExElement * */
  GHashTable *item_ids;       /* ids given to items */
  GHashTable *group_names;    /* every group name of the drawing */
  GHashTable *groups;         /* group name -> our group id */
  GHashTable *group_ids;      /* our group ids given out */
  guint next_id, next_group;
  BrExcalidrawReport *report;
} Import;

static ExElement *
element_at (Import *self,
            guint   i)
{
  return &g_array_index (self->elements, ExElement, i);
}

static ExElement *
lookup (Import     *self,
        const char *id)
{
  return id != NULL ? g_hash_table_lookup (self->by_id, id) : NULL;
}

/* ---------------------------------------------------------------------- */
/* Relations                                                               */

static gboolean
is_box (const ExElement *el)
{
  return el->type == EX_RECTANGLE || el->type == EX_ELLIPSE || el->type == EX_DIAMOND;
}

/* Our compound shapes: parts point at a primary that says what it is */
static void
find_compounds (Import *self)
{
  for (guint i = 0; i < self->elements->len; i++)
    {
      ExElement *el = element_at (self, i);
      ExElement *primary = lookup (self, el->part_of);

      if (primary == NULL || primary == el || primary->part_of != NULL ||
          primary->custom_kind < 0 || !is_box (primary))
        continue;
      el->primary = primary;
      if (el->outline && primary->style == NULL)
        primary->style = el;
    }
}

static gboolean
can_hold_label (const ExElement *el)
{
  return el->primary == NULL && el->container == NULL && el->label == NULL &&
         (is_box (el) || el->type == EX_ARROW);
}

static void
link_label (ExElement *container,
            ExElement *text)
{
  container->label = text;
  text->container = container;
}

static void
find_labels (Import *self)
{
  /* A text names its container... */
  for (guint i = 0; i < self->elements->len; i++)
    {
      ExElement *text = element_at (self, i);
      ExElement *container;

      if (text->type != EX_TEXT || text->primary != NULL)
        continue;
      container = lookup (self, text->container_id);
      if (container == NULL || container == text)
        continue;
      if (can_hold_label (container))
        link_label (container, text);
      else if (container->label != NULL)
        self->report->extra_labels++;
    }

  /* ...or, in older files, only the container lists it */
  for (guint i = 0; i < self->elements->len; i++)
    {
      ExElement *container = element_at (self, i);

      for (guint j = 0; container->bound_texts != NULL && j < container->bound_texts->len; j++)
        {
          ExElement *text = lookup (self, g_ptr_array_index (container->bound_texts, j));

          if (!can_hold_label (container))
            break;
          if (text != NULL && text != container && text->type == EX_TEXT && text->primary == NULL &&
              text->container == NULL && (text->container_id == NULL || text->container_id[0] == '\0'))
            link_label (container, text);
        }
    }
}

/* ---------------------------------------------------------------------- */
/* Ids and groups                                                          */

static char *
new_item_id (Import     *self,
             const char *wanted)
{
  char *id = NULL;

  /* Valid ids are unique already: the reader refuses duplicates */
  if (br_id_is_name (wanted))
    id = g_strdup (wanted);
  while (id == NULL)
    {
      id = g_strdup_printf ("x%u", ++self->next_id);
      if (g_hash_table_contains (self->by_id, id) || g_hash_table_contains (self->item_ids, id))
        g_clear_pointer (&id, g_free);
    }
  g_hash_table_add (self->item_ids, id);
  return g_strdup (id);
}

/* The element's outermost group, less the one our compound shapes make */
static char *
group_of (Import          *self,
          const ExElement *el)
{
  const char *name = NULL;
  char *group;

  for (guint i = 0; el->group_ids != NULL && el->group_ids[i] != NULL; i++)
    {
      if (i == 0 && el->custom_group != NULL && g_str_equal (el->group_ids[0], el->custom_group))
        continue;
      if (el->group_ids[i][0] != '\0')
        name = el->group_ids[i];
    }
  if (name == NULL)
    return NULL;

  group = g_hash_table_lookup (self->groups, name);
  if (group == NULL)
    {
      if (br_id_is_name (name) && !g_hash_table_contains (self->group_ids, name))
        group = g_strdup (name);
      while (group == NULL)
        {
          group = g_strdup_printf ("g%u", ++self->next_group);
          if (g_hash_table_contains (self->group_names, group) || g_hash_table_contains (self->group_ids, group))
            g_clear_pointer (&group, g_free);
        }
      g_hash_table_insert (self->groups, (gpointer) name, group);
      g_hash_table_add (self->group_ids, group);
    }
  return g_strdup (group);
}

/* ---------------------------------------------------------------------- */
/* Items                                                                   */

static void
apply_style (Import          *self,
             BrItem          *item,
             const ExElement *el)
{
  guint32 rgb;
  gboolean transparent;

  if (el->stroke_color != NULL && _br_excalidraw_parse_color (el->stroke_color, &rgb, &transparent) && !transparent)
    item->stroke_color = _br_excalidraw_nearest_color (rgb, FALSE);
  if (el->background != NULL && _br_excalidraw_parse_color (el->background, &rgb, &transparent) && !transparent)
    {
      item->filled = TRUE;
      item->fill_color = _br_excalidraw_nearest_color (rgb, TRUE);
      if (el->fill_style != NULL && !g_str_equal (el->fill_style, "solid"))
        self->report->patterned++;
    }
  else
    item->filled = FALSE;

  if (el->stroke_width >= 0)
    item->stroke_width = _br_excalidraw_stroke_width_from_double (el->stroke_width);
  if (g_strcmp0 (el->stroke_style, "dashed") == 0)
    item->line_style = BR_LINE_DASHED;
  else if (g_strcmp0 (el->stroke_style, "dotted") == 0)
    item->line_style = BR_LINE_DOTTED;
  else
    item->line_style = BR_LINE_SOLID;
  if (el->opacity < 100)
    self->report->translucent++;
}

static gboolean
angle_near (double angle,
            double value)
{
  return fabs (angle - value) < ANGLE_EPSILON;
}

/* Rectangles, ellipses and diamonds look the same turned half a turn, and
 * turned a quarter turn are the same shape with width and height swapped;
 * anything else turned is drawn straight, and counted */
static void
unrotate_box (Import    *self,
              BrItemKind kind,
              double     angle,
              BrRect    *box)
{
  gboolean symmetric = kind == BR_ITEM_RECTANGLE || kind == BR_ITEM_ROUNDED_RECTANGLE ||
                       kind == BR_ITEM_ELLIPSE || kind == BR_ITEM_DIAMOND;

  if (angle_near (angle, 0) || angle_near (angle, 2 * G_PI) || (symmetric && angle_near (angle, G_PI)))
    return;
  if (symmetric && (angle_near (angle, G_PI / 2) || angle_near (angle, 3 * G_PI / 2)))
    {
      double cx = box->x + box->width / 2, cy = box->y + box->height / 2, w = box->width;

      box->width = box->height;
      box->height = w;
      box->x = cx - box->width / 2;
      box->y = cy - box->height / 2;
      return;
    }
  self->report->rotated++;
}

static BrItem *
build_shape (Import    *self,
             ExElement *el)
{
  BrRect box = { el->x, el->y, el->width, el->height };
  BrItemKind kind;
  BrItem *item;

  if (el->custom_kind >= 0 && el->custom_kind != BR_ITEM_TEXT)
    kind = el->custom_kind;
  else if (el->type == EX_ELLIPSE)
    kind = BR_ITEM_ELLIPSE;
  else if (el->type == EX_DIAMOND)
    kind = BR_ITEM_DIAMOND;
  else
    kind = el->rounded ? BR_ITEM_ROUNDED_RECTANGLE : BR_ITEM_RECTANGLE;

  unrotate_box (self, kind, el->angle, &box);
  if (kind == BR_ITEM_STENCIL)
    item = br_item_new_stencil (el->custom_stencil, box.x, box.y, box.width, box.height);
  else
    item = br_item_new (kind, box.x, box.y, box.width, box.height);
  apply_style (self, item, el->style != NULL ? el->style : el);
  br_item_set_component (item, el->component);
  item->estimate = br_item_estimate_copy (el->estimate);
  return item;
}

static BrItem *
build_text (Import    *self,
            ExElement *el)
{
  BrRect box = { el->x, el->y, el->width, el->height };
  BrItem *item;

  /* Our text is centred in a box that Excalidraw's text does not keep */
  if (el->custom_height >= 0)
    {
      box.y += (box.height - el->custom_height) / 2;
      box.height = el->custom_height;
    }
  unrotate_box (self, BR_ITEM_TEXT, el->angle, &box);
  item = br_item_new (BR_ITEM_TEXT, box.x, box.y, box.width, box.height);
  apply_style (self, item, el);
  br_item_set_label (item, el->text);
  item->font_size = _br_excalidraw_font_size_from_double (el->font_size);
  item->estimate = br_item_estimate_copy (el->estimate);

  /* Excalidraw measured the box with its own fonts: take the size of our
   * lines (never wrapped), where its alignment anchors them */
  if (el->custom_height < 0)
    {
      BrRect fitted;

      br_item_fit_label (item, item->label, &fitted);
      if (g_strcmp0 (el->text_align, "center") == 0)
        fitted.x = box.x + box.width / 2 - fitted.width / 2;
      else if (g_strcmp0 (el->text_align, "right") == 0)
        fitted.x = box.x + box.width - fitted.width;
      else
        fitted.x = box.x;
      fitted.y = box.y;
      br_item_set_box (item, &fitted);
    }
  return item;
}

static BrItem *
build_arrow (Import    *self,
             ExElement *el)
{
  const BrPoint *a = &el->points[0], *b = &el->points[el->n_points - 1];
  BrItem *item = br_item_new_arrow (a->x, a->y, b->x, b->y);

  apply_style (self, item, el);
  item->filled = FALSE;
  item->heads = el->heads[0] ? (el->heads[1] ? BR_HEADS_BOTH : BR_HEADS_START)
                             : (el->heads[1] ? BR_HEADS_END : BR_HEADS_NONE);
  br_item_set_component (item, el->component);
  if (el->elbowed)
    item->routing = BR_ROUTING_ELBOW;
  else if (el->n_points > 2)
    self->report->straightened++;
  return item;
}

static BrItem *
build_stroke (Import    *self,
              ExElement *el)
{
  g_autofree BrPoint *points = g_new (BrPoint, el->n_points + 1);
  guint n = el->n_points;
  BrItem *item;

  memcpy (points, el->points, n * sizeof (BrPoint));
  if (el->closed && n < BR_BOARD_MAX_POINTS &&
      (points[0].x != points[n - 1].x || points[0].y != points[n - 1].y))
    points[n++] = points[0];
  item = br_item_new_stroke (points, n, 0);
  apply_style (self, item, el);
  item->filled = FALSE;
  if (el->type == EX_LINE)
    self->report->polylines++;
  return item;
}

static BrItem *
build_item (Import    *self,
            ExElement *el)
{
  switch (el->type)
    {
    case EX_TEXT:
      return build_text (self, el);
    case EX_ARROW:
      return build_arrow (self, el);
    case EX_LINE:
      return el->n_points == 2 ? build_arrow (self, el) : build_stroke (self, el);
    case EX_FREEDRAW:
      return build_stroke (self, el);
    case EX_RECTANGLE:
    case EX_ELLIPSE:
    case EX_DIAMOND:
    default:
      return build_shape (self, el);
    }
}

/* The item an arrow bound to @id is bound to, or NULL */
static const char *
binding_target (Import     *self,
                const char *id)
{
  ExElement *target = lookup (self, id);

  if (target != NULL && target->container != NULL)
    target = target->container;
  if (target != NULL && target->primary != NULL)
    target = target->primary;
  if (target == NULL || target->item == NULL || !br_item_is_bindable (target->item))
    return NULL;
  return target->item->id;
}

/**
 * _br_excalidraw_import:
 * @elements: (element-type ExElement): the live elements a board can show,
 *   as br-excalidraw-read.c read them
 *
 * Returns: (transfer full): a board of the items they make
 */
BrBoard *
_br_excalidraw_import (GArray             *elements,
                       BrExcalidrawReport *report)
{
  Import self = { 0 };
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func ((GDestroyNotify) br_item_free);
  BrBoard *board;

  self.elements = elements;
  self.report = report;
  self.by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self.item_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self.group_names = g_hash_table_new (g_str_hash, g_str_equal);
  self.groups = g_hash_table_new (g_str_hash, g_str_equal);
  self.group_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < elements->len; i++)
    {
      ExElement *el = element_at (&self, i);

      g_hash_table_insert (self.by_id, (gpointer) el->id, el);
      for (guint j = 0; el->group_ids != NULL && el->group_ids[j] != NULL; j++)
        g_hash_table_add (self.group_names, el->group_ids[j]);
    }
  find_compounds (&self);
  find_labels (&self);

  for (guint i = 0; i < elements->len; i++)
    {
      ExElement *el = element_at (&self, i);
      BrItem *item;

      if (el->primary != NULL || el->container != NULL)
        continue;
      item = build_item (&self, el);
      item->id = new_item_id (&self, el->id);
      item->group = group_of (&self, el);
      item->locked = el->locked;
      if (el->label != NULL)
        {
          br_item_set_label (item, el->label->text);
          item->font_size = _br_excalidraw_font_size_from_double (el->label->font_size);
        }
      else if (item->kind != BR_ITEM_TEXT)
        br_item_set_label (item, "");
      el->item = item;
      g_ptr_array_add (items, item);
    }

  for (guint i = 0; i < elements->len; i++)
    {
      ExElement *el = element_at (&self, i);

      for (guint side = 0; side < 2 && el->item != NULL && el->item->kind == BR_ITEM_ARROW; side++)
        {
          const char *target;

          if (el->binding[side] == NULL)
            continue;
          target = binding_target (&self, el->binding[side]);
          if (target == NULL || g_str_equal (target, el->item->id))
            report->unbound++;
          else
            br_item_bind_end (el->item, side, target);
        }
    }

  g_hash_table_unref (self.by_id);
  g_hash_table_unref (self.item_ids);
  g_hash_table_unref (self.group_names);
  g_hash_table_unref (self.groups);
  g_hash_table_unref (self.group_ids);

  board = br_board_new ();
  g_ptr_array_set_free_func (items, NULL);
  _br_board_load (board, items);
  return board;
}
