/* br-board.c — the board document: items, bindings, change reports, queries
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "br-board"

#include <math.h>
#include <string.h>

#include "br-board-private.h"

/**
 * BrBoard:
 *
 * A whiteboard: a list of #BrItem in z-order (bottom first), each with a
 * unique id ("i42"). The board owns its items; readers get `const BrItem *`
 * and change them only through the operations (br-board-ops.c), each of
 * which is one undo step, or part of the open transaction
 * (br_board_begin_transaction()).
 *
 * Arrow ends bound to an item are derived from it: the end lies where the
 * line from the arrow's other end (its free point, or the centre of the
 * item it is bound to) toward the item's centre crosses the item's outline
 * (see br_item_outline_point()). Every change to an item re-derives the
 * arrows bound to it, and only those: editing is O(changed items).
 *
 * After every operation the board emits #BrBoard::changed once, with the
 * ids it added, removed and changed and the area to redraw.
 */

G_DEFINE_FINAL_TYPE (BrBoard, br_board, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  N_PROPS
};

enum {
  CHANGED,
  TARGETS_CHANGED,
  COMMITTED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
reset_changes (BrBoard *self)
{
  g_ptr_array_set_size (self->changes.added, 0);
  g_ptr_array_set_size (self->changes.removed, 0);
  g_ptr_array_set_size (self->changes.changed, 0);
  g_hash_table_remove_all (self->changed_set);
  self->changes.restacked = FALSE;
  self->changes.damage = (BrRect) { 0, 0, -1, -1 };
}

static void
br_board_finalize (GObject *object)
{
  BrBoard *self = (BrBoard *) object;

  g_queue_clear_full (&self->undo, (GDestroyNotify) _br_board_step_free);
  g_queue_clear_full (&self->redo, (GDestroyNotify) _br_board_step_free);
  g_clear_pointer (&self->open, _br_board_step_free);
  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->index, br_board_index_free);
  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->scratch, g_ptr_array_unref);
  g_clear_pointer (&self->changed_set, g_hash_table_unref);
  g_clear_pointer (&self->changes.added, g_ptr_array_unref);
  g_clear_pointer (&self->changes.removed, g_ptr_array_unref);
  g_clear_pointer (&self->changes.changed, g_ptr_array_unref);

  G_OBJECT_CLASS (br_board_parent_class)->finalize (object);
}

static void
br_board_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  BrBoard *self = BR_BOARD (object);

  switch (prop_id)
    {
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, br_board_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, br_board_can_redo (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
br_board_class_init (BrBoardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = br_board_finalize;
  object_class->get_property = br_board_get_property;

  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * BrBoard::changed:
   * @changes: (type gpointer): a #BrBoardChanges, valid during the emission
   *
   * Emitted once after every operation, undo and redo that changed anything.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_POINTER);

  /**
   * BrBoard::targets-changed:
   *
   * Emitted when the design review's targets change (see
   * br_board_set_targets()); they are saved with the board but are not an
   * undo step, like the view.
   */
  signals[TARGETS_CHANGED] =
    g_signal_new ("targets-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * BrBoard::committed:
   *
   * Emitted when the outermost transaction ends with br_board_commit()
   * (the end of a drag), whether it changed anything or not.
   */
  signals[COMMITTED] =
    g_signal_new ("committed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
br_board_init (BrBoard *self)
{
  self->items = g_ptr_array_new_with_free_func ((GDestroyNotify) br_item_free);
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->index = br_board_index_new ();
  self->scratch = g_ptr_array_new ();
  self->next_id = 1;
  self->next_group = 1;
  self->limit = BR_BOARD_DEFAULT_HISTORY;
  br_review_targets_init (&self->targets);
  g_queue_init (&self->undo);
  g_queue_init (&self->redo);
  self->changes.added = g_ptr_array_new_with_free_func (g_free);
  self->changes.removed = g_ptr_array_new_with_free_func (g_free);
  self->changes.changed = g_ptr_array_new_with_free_func (g_free);
  self->changed_set = g_hash_table_new (g_str_hash, g_str_equal);
  reset_changes (self);
}

BrBoard *
br_board_new (void)
{
  return g_object_new (BR_TYPE_BOARD, NULL);
}

/* ---------------------------------------------------------------------- */
/* Reading                                                                 */

guint
br_board_get_n_items (BrBoard *self)
{
  g_return_val_if_fail (BR_IS_BOARD (self), 0);
  return self->items->len;
}

/**
 * br_board_get_item:
 * @index: a position in z-order, 0 at the bottom
 */
const BrItem *
br_board_get_item (BrBoard *self,
                   guint    index)
{
  g_return_val_if_fail (BR_IS_BOARD (self), NULL);
  g_return_val_if_fail (index < self->items->len, NULL);
  return g_ptr_array_index (self->items, index);
}

BrItem *
_br_board_lookup (BrBoard    *self,
                  const char *id)
{
  return id ? g_hash_table_lookup (self->by_id, id) : NULL;
}

const BrItem *
br_board_lookup (BrBoard    *self,
                 const char *id)
{
  g_return_val_if_fail (BR_IS_BOARD (self), NULL);
  return _br_board_lookup (self, id);
}

/**
 * br_board_get_serial:
 *
 * Returns: a number that grows with every change (to tell "modified since
 *   saved" by comparing with the serial at the time of saving)
 */
guint64
br_board_get_serial (BrBoard *self)
{
  g_return_val_if_fail (BR_IS_BOARD (self), 0);
  return self->serial;
}

/**
 * br_board_get_state:
 *
 * Unlike the serial, which only grows, the state names the board's
 * content as the history sees it: undoing back to a state, or redoing
 * forward to it, gives the same number again, while any other change gives
 * a number never seen before. A document compares it with the state at
 * the time of saving to tell whether there are unsaved changes.
 *
 * Returns: the board's state
 */
guint64
br_board_get_state (BrBoard *self)
{
  g_return_val_if_fail (BR_IS_BOARD (self), 0);
  return self->state;
}

void
_br_board_content_changed (BrBoard *self)
{
  self->state = ++self->next_state;
}

gboolean
br_board_get_view (BrBoard *self,
                   BrView  *out)
{
  g_return_val_if_fail (BR_IS_BOARD (self), FALSE);
  if (self->has_view && out)
    *out = self->view;
  return self->has_view;
}

/**
 * br_board_set_view:
 * @view: (nullable): the view to save with the board; not an undo step
 */
void
br_board_set_view (BrBoard      *self,
                   const BrView *view)
{
  g_return_if_fail (BR_IS_BOARD (self));

  self->has_view = view != NULL;
  if (view)
    {
      self->view.x = br_board_clamp_coord (view->x);
      self->view.y = br_board_clamp_coord (view->y);
      self->view.zoom = isnan (view->zoom) ? 1.0 :
                        CLAMP (view->zoom, BR_VIEW_MIN_ZOOM, BR_VIEW_MAX_ZOOM);
    }
}

/**
 * br_board_get_group:
 *
 * Returns: (transfer container): the items of @group, in z-order
 */
GPtrArray *
br_board_get_group (BrBoard    *self,
                    const char *group)
{
  GPtrArray *out = g_ptr_array_new ();

  g_return_val_if_fail (BR_IS_BOARD (self), out);

  for (guint i = 0; group && i < self->items->len; i++)
    {
      BrItem *item = g_ptr_array_index (self->items, i);

      if (g_strcmp0 (item->group, group) == 0)
        g_ptr_array_add (out, item);
    }
  return out;
}

/* ---------------------------------------------------------------------- */
/* Ids                                                                     */

static void
note_id (BrBoard    *self,
         const char *id)
{
  guint64 n;
  char *end;

  if (id[0] != 'i' || !g_ascii_isdigit (id[1]))
    return;
  n = g_ascii_strtoull (id + 1, &end, 10);
  if (*end == '\0' && n < G_MAXUINT - 1 && n >= self->next_id)
    self->next_id = (guint) n + 1;
}

char *
_br_board_new_id (BrBoard *self)
{
  for (;;)
    {
      char *id = g_strdup_printf ("i%u", self->next_id++);

      if (!g_hash_table_contains (self->by_id, id))
        return id;
      g_free (id);
    }
}

char *
_br_board_new_group (BrBoard *self)
{
  for (;;)
    {
      char *group = g_strdup_printf ("g%u", self->next_group++);
      gboolean used = FALSE;

      for (guint i = 0; i < self->items->len && !used; i++)
        used = g_strcmp0 (((BrItem *) g_ptr_array_index (self->items, i))->group, group) == 0;
      if (!used)
        return group;
      g_free (group);
    }
}

/* ---------------------------------------------------------------------- */
/* Change reports                                                          */

static void
damage (BrBoard      *self,
        const BrItem *item)
{
  BrRect box;

  br_item_get_bounds (item, &box);
  br_rect_union (&self->changes.damage, &box);
}

static void
note_changed (BrBoard      *self,
              const BrItem *item)
{
  char *id;

  damage (self, item);
  if (g_hash_table_contains (self->changed_set, item->id))
    return;
  id = g_strdup (item->id);
  g_ptr_array_add (self->changes.changed, id);
  g_hash_table_add (self->changed_set, id);
}

void
_br_board_op_begin (BrBoard *self)
{
  if (self->op_depth++ == 0 && self->transaction_depth == 0 && !self->replaying)
    {
      g_assert (self->open == NULL);
      self->open = _br_board_step_new ();
      _br_board_step_opened (self);
    }
}

void
_br_board_op_end (BrBoard *self)
{
  BrBoardChanges *c = &self->changes;

  g_return_if_fail (self->op_depth > 0);
  if (--self->op_depth > 0)
    return;

  if (self->transaction_depth == 0 && !self->replaying)
    _br_board_finish_step (self);

  if (c->added->len || c->removed->len || c->changed->len || c->restacked)
    {
      self->serial++;
      /* A change inside a transaction is a content no step names yet */
      if (self->transaction_depth > 0 && !self->replaying)
        _br_board_content_changed (self);
      g_signal_emit (self, signals[CHANGED], 0, c);
    }
  reset_changes (self);
}

void
_br_board_targets_changed (BrBoard *self)
{
  self->serial++;
  /* Not undoable: a content no undo or redo comes back to */
  _br_board_content_changed (self);
  g_signal_emit (self, signals[TARGETS_CHANGED], 0);
}

void
_br_board_committed (BrBoard *self)
{
  g_signal_emit (self, signals[COMMITTED], 0);
}

void
_br_board_notify_history (BrBoard *self)
{
  gboolean can_undo = br_board_can_undo (self);
  gboolean can_redo = br_board_can_redo (self);

  if (can_undo != self->could_undo)
    {
      self->could_undo = can_undo;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
    }
  if (can_redo != self->could_redo)
    {
      self->could_redo = can_redo;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
    }
}

/* ---------------------------------------------------------------------- */
/* Bindings                                                                */

static void
register_ends (BrBoard *self,
               BrItem  *arrow)
{
  if (arrow->kind != BR_ITEM_ARROW)
    return;
  for (guint i = 0; i < 2; i++)
    {
      BrItem *target = _br_board_lookup (self, arrow->ends[i].item_id);

      /* Never keep a reference to an item that is not here */
      if (target == NULL || target == arrow || !br_item_is_bindable (target))
        {
          g_clear_pointer (&arrow->ends[i].item_id, g_free);
          continue;
        }
      if (target->arrows == NULL)
        target->arrows = g_ptr_array_new ();
      g_ptr_array_add (target->arrows, arrow);
    }
}

static void
unregister_ends (BrBoard *self,
                 BrItem  *arrow)
{
  if (arrow->kind != BR_ITEM_ARROW)
    return;
  for (guint i = 0; i < 2; i++)
    {
      BrItem *target = _br_board_lookup (self, arrow->ends[i].item_id);

      if (target != NULL && target->arrows != NULL)
        g_ptr_array_remove_fast (target->arrows, arrow);
    }
}

/* Derives the bound ends of @arrow from the items they are bound to */
static void
derive_arrow (BrBoard *self,
              BrItem  *arrow)
{
  BrItem *targets[2];
  BrPoint refs[2];

  for (guint i = 0; i < 2; i++)
    {
      targets[i] = _br_board_lookup (self, arrow->ends[i].item_id);
      if (targets[i] != NULL)
        {
          refs[i].x = targets[i]->x + targets[i]->width / 2;
          refs[i].y = targets[i]->y + targets[i]->height / 2;
        }
      else
        {
          refs[i].x = arrow->ends[i].x;
          refs[i].y = arrow->ends[i].y;
        }
    }

  for (guint i = 0; i < 2; i++)
    if (targets[i] != NULL)
      {
        BrPoint p;
        double toward_x = refs[1 - i].x, toward_y = refs[1 - i].y;

        /* An elbow leaves its ends sideways: from the outline's left or
         * right, level with the centre */
        if (arrow->routing == BR_ROUTING_ELBOW)
          {
            toward_x = refs[i].x + (toward_x >= refs[i].x ? 1 : -1);
            toward_y = refs[i].y;
          }
        br_item_outline_point (targets[i], toward_x, toward_y, &p);
        arrow->ends[i].x = p.x;
        arrow->ends[i].y = p.y;
      }
  br_item_update_bounds (arrow);
}

/* Re-derives the arrows bound to @item after it changed */
static void
refresh_arrows (BrBoard *self,
                BrItem  *item)
{
  if (item->arrows == NULL)
    return;
  for (guint i = 0; i < item->arrows->len; i++)
    {
      BrItem *arrow = g_ptr_array_index (item->arrows, i);

      damage (self, arrow);
      derive_arrow (self, arrow);
      br_board_index_update (self->index, arrow);
      note_changed (self, arrow);
    }
}

/**
 * _br_board_bind:
 * @item_id: (nullable): bind to this item, or make the end free
 *
 * Changes the binding of an end; call between modify_begin and modify_end.
 */
void
_br_board_bind (BrBoard    *self,
                BrItem     *arrow,
                guint       side,
                const char *item_id)
{
  char *copy = g_strdup (item_id);

  g_free (arrow->ends[side].item_id);
  arrow->ends[side].item_id = copy;
}

/* ---------------------------------------------------------------------- */
/* Primitives                                                              */

static void
renumber (BrBoard *self,
          guint    from,
          guint    to)
{
  for (guint i = from; i <= to && i < self->items->len; i++)
    ((BrItem *) g_ptr_array_index (self->items, i))->z = i;
}

/**
 * _br_board_insert:
 * @item: (transfer full): an item with a unique id
 */
void
_br_board_insert (BrBoard *self,
                  BrItem  *item,
                  guint    index)
{
  g_assert (item->id != NULL && !g_hash_table_contains (self->by_id, item->id));
  g_assert (index <= self->items->len);

  item->render_cache = NULL;
  item->render_cache_free = NULL;
  g_ptr_array_insert (self->items, index, item);
  renumber (self, index, self->items->len - 1);
  g_hash_table_insert (self->by_id, item->id, item);
  note_id (self, item->id);

  register_ends (self, item);
  if (item->kind == BR_ITEM_ARROW)
    derive_arrow (self, item);
  br_board_index_insert (self->index, item);

  damage (self, item);
  g_ptr_array_add (self->changes.added, g_strdup (item->id));
  if (!self->replaying)
    _br_board_record_insert (self, item, index);
}

void
_br_board_detach (BrBoard *self,
                  guint    index)
{
  BrItem *item = g_ptr_array_index (self->items, index);

  if (!self->replaying)
    _br_board_record_remove (self, item, index);

  /* The operations free the arrows bound to an item before removing it;
   * should one be left, free it here rather than let it dangle. */
  while (item->arrows != NULL && item->arrows->len > 0)
    {
      BrItem *arrow = g_ptr_array_index (item->arrows, 0);

      g_ptr_array_remove_index_fast (item->arrows, 0);
      for (guint i = 0; i < 2; i++)
        if (g_strcmp0 (arrow->ends[i].item_id, item->id) == 0)
          g_clear_pointer (&arrow->ends[i].item_id, g_free);
      note_changed (self, arrow);
    }

  unregister_ends (self, item);
  br_board_index_remove (self->index, item);
  g_hash_table_remove (self->by_id, item->id);
  g_hash_table_remove (self->changed_set, item->id);
  damage (self, item);
  g_ptr_array_add (self->changes.removed, g_strdup (item->id));

  g_ptr_array_remove_index (self->items, index);
  renumber (self, index, self->items->len - 1);
}

void
_br_board_restack (BrBoard *self,
                   guint    from,
                   guint    to)
{
  BrItem *item;

  g_assert (from < self->items->len && to < self->items->len);
  if (from == to)
    return;

  item = g_ptr_array_steal_index (self->items, from);
  g_ptr_array_insert (self->items, to, item);
  renumber (self, MIN (from, to), MAX (from, to));
  if (!self->replaying)
    _br_board_record_restack (self, item->id, from, to);
  self->changes.restacked = TRUE;
  note_changed (self, item);
}

void
_br_board_modify_begin (BrBoard *self,
                        BrItem  *item)
{
  if (!self->replaying)
    _br_board_record_modify_begin (self, item);
  damage (self, item);
  unregister_ends (self, item);
}

void
_br_board_modify_end (BrBoard *self,
                      BrItem  *item)
{
  register_ends (self, item);
  if (item->kind == BR_ITEM_ARROW)
    derive_arrow (self, item);
  else
    br_item_update_bounds (item);
  br_board_index_update (self->index, item);
  note_changed (self, item);
  if (!self->replaying)
    _br_board_record_modify_end (self, item);
  refresh_arrows (self, item);
}

/**
 * _br_board_assign:
 *
 * Gives @dst the content of @src (a snapshot of the same item), keeping
 * @dst's id string and the board's bookkeeping.
 */
void
_br_board_assign (BrItem       *dst,
                  const BrItem *src)
{
  BrItem keep = *dst;

  g_free (dst->label);
  g_free (dst->group);
  g_free (dst->ends[0].item_id);
  g_free (dst->ends[1].item_id);
  g_free (dst->points);
  br_component_free (dst->component);
  br_item_estimate_free (dst->estimate);

  *dst = *src;
  dst->label = g_strdup (src->label);
  dst->group = g_strdup (src->group);
  dst->ends[0].item_id = g_strdup (src->ends[0].item_id);
  dst->ends[1].item_id = g_strdup (src->ends[1].item_id);
  dst->points = src->n_points ? g_memdup2 (src->points, src->n_points * sizeof (BrPoint)) : NULL;
  dst->component = br_component_copy (src->component);
  dst->estimate = br_item_estimate_copy (src->estimate);

  dst->id = keep.id;
  dst->z = keep.z;
  dst->arrows = keep.arrows;
  dst->index_level = keep.index_level;
  memcpy (dst->index_cells, keep.index_cells, sizeof keep.index_cells);
  dst->index_stamp = keep.index_stamp;
  dst->render_cache = keep.render_cache;
  dst->render_cache_free = keep.render_cache_free;
}

/**
 * _br_board_load:
 * @items: (transfer container): items with unique ids and valid bindings,
 *   in z-order; the board takes them
 *
 * Fills an empty board at once, with no history and no signal.
 */
void
_br_board_load (BrBoard   *self,
                GPtrArray *items)
{
  g_return_if_fail (self->items->len == 0);

  for (guint i = 0; i < items->len; i++)
    {
      BrItem *item = g_ptr_array_index (items, i);

      item->z = i;
      g_ptr_array_add (self->items, item);
      g_hash_table_insert (self->by_id, item->id, item);
      note_id (self, item->id);
    }
  for (guint i = 0; i < items->len; i++)
    {
      BrItem *item = g_ptr_array_index (items, i);

      register_ends (self, item);
      if (item->kind == BR_ITEM_ARROW)
        derive_arrow (self, item);
      br_board_index_insert (self->index, item);
    }
  self->serial++;
}
