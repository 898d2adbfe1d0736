/* br-inspector-rows.c — the inspector's property rows: which fields an
 * item shows, their values and placeholders, and committing an edit
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "bar-raiser"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "br-accessible.h"
#include "br-inspector-private.h"

/* ---------------------------------------------------------------------- */
/* Which fields an item shows                                              */

static gboolean
is_store (BrStencil type)
{
  return type == BR_STENCIL_SQL_DATABASE || type == BR_STENCIL_NOSQL_STORE ||
         type == BR_STENCIL_OBJECT_STORAGE || type == BR_STENCIL_SEARCH_INDEX;
}

static gboolean
is_buffer (BrStencil type)
{
  return type == BR_STENCIL_MESSAGE_QUEUE || type == BR_STENCIL_STREAM;
}

static gboolean
is_cache (BrStencil type)
{
  return type == BR_STENCIL_CACHE || type == BR_STENCIL_CDN;
}

/* Whether @field matters for a component of @node's type (boxes) */
static gboolean
field_relevant (BrComponentField    field,
                const BrReviewNode *node)
{
  BrStencil type;

  if (node == NULL)
    return FALSE;
  type = node->type;
  if (type == BR_STENCIL_CLIENT)
    return field == BR_FIELD_ENTRY_RATE || field == BR_FIELD_READ_SHARE ||
           field == BR_FIELD_PEAK_FACTOR;
  switch (field)
    {
    case BR_FIELD_REPLICAS:
    case BR_FIELD_LATENCY:
    case BR_FIELD_AVAILABILITY:
    case BR_FIELD_MANAGED:
      return TRUE;
    case BR_FIELD_CAPACITY:
      return !node->store;
    case BR_FIELD_READ_CAPACITY:
    case BR_FIELD_WRITE_CAPACITY:
      return node->store;
    case BR_FIELD_BACKUP:
      return is_store (type);
    case BR_FIELD_PARALLEL:
      return type == BR_STENCIL_SERVICE || type == BR_STENCIL_WORKER || type == BR_STENCIL_API_GATEWAY;
    case BR_FIELD_HIT_RATE:
    case BR_FIELD_TTL:
    case BR_FIELD_INVALIDATION:
      return is_cache (type);
    case BR_FIELD_CONSUMERS:
      return is_buffer (type);
    case BR_FIELD_ITEM_SIZE:
    case BR_FIELD_RETENTION:
      return is_store (type) || is_buffer (type) || type == BR_STENCIL_MONITORING;
    case BR_FIELD_TYPE:
    case BR_FIELD_ENTRY_RATE:
    case BR_FIELD_READ_SHARE:
    case BR_FIELD_PEAK_FACTOR:
    default:
      return FALSE;
    }
}

static const char *
field_unit (BrComponentField field)
{
  switch (field)
    {
    /* Translators: the units of the inspector's fields */
    case BR_FIELD_CAPACITY: return _("requests/s");
    case BR_FIELD_READ_CAPACITY: return _("reads/s");
    case BR_FIELD_WRITE_CAPACITY: return _("writes/s");
    case BR_FIELD_LATENCY: return _("ms, unloaded");
    case BR_FIELD_AVAILABILITY: return _("% of the time");
    case BR_FIELD_HIT_RATE: return _("0 to 1, of the reads it receives");
    case BR_FIELD_TTL: return _("seconds");
    case BR_FIELD_ITEM_SIZE: return _("bytes per write");
    case BR_FIELD_RETENTION: return _("days");
    case BR_FIELD_ENTRY_RATE: return _("requests/s on average");
    case BR_FIELD_READ_SHARE: return _("0 to 1");
    case BR_FIELD_PEAK_FACTOR: return _("peak over average");
    case BR_FIELD_CALLS: return _("per request it serves");
    case BR_FIELD_SHARE: return _("0 to 1, of a load balancer's traffic");
    case BR_FIELD_TIMEOUT: return _("ms");
    default: return NULL;
    }
}

/* The value the review uses when the user set none */
static gboolean
effective_value (BrComponentField    field,
                 const BrReviewNode *node,
                 const BrReviewEdge *edge,
                 double             *value)
{
  if (edge != NULL)
    switch (field)
      {
      case BR_FIELD_ASYNC: *value = edge->async; return TRUE;
      case BR_FIELD_CARRIES: *value = edge->carries; return TRUE;
      case BR_FIELD_CALLS: *value = edge->calls; return TRUE;
      case BR_FIELD_SHARE: *value = edge->share; return edge->share >= 0;
      case BR_FIELD_RETRIES: *value = edge->retries; return TRUE;
      case BR_FIELD_BACKOFF: *value = edge->backoff; return TRUE;
      default: return FALSE;
      }
  if (node == NULL)
    return FALSE;
  switch (field)
    {
    case BR_FIELD_REPLICAS: *value = node->replicas; return TRUE;
    case BR_FIELD_CAPACITY: *value = node->capacity; return node->capacity > 0;
    case BR_FIELD_READ_CAPACITY: *value = node->read_capacity; return node->read_capacity > 0;
    case BR_FIELD_WRITE_CAPACITY: *value = node->write_capacity; return node->write_capacity > 0;
    case BR_FIELD_LATENCY: *value = node->latency_ms; return node->latency_known;
    case BR_FIELD_AVAILABILITY: *value = node->availability * 100.0; return node->availability_known;
    case BR_FIELD_MANAGED: *value = node->managed; return TRUE;
    case BR_FIELD_BACKUP: *value = node->backup; return TRUE;
    case BR_FIELD_PARALLEL: *value = node->parallel; return TRUE;
    case BR_FIELD_HIT_RATE: *value = node->hit_rate; return TRUE;
    case BR_FIELD_INVALIDATION: *value = node->invalidation; return TRUE;
    case BR_FIELD_ENTRY_RATE: *value = node->entry_rps; return TRUE;
    case BR_FIELD_READ_SHARE: *value = node->read_share; return TRUE;
    case BR_FIELD_PEAK_FACTOR: *value = node->peak_factor; return TRUE;
    default: return FALSE;
    }
}

static char *
format_number (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.6g", value));
}

/* ---------------------------------------------------------------------- */
/* Committing a value                                                      */

static BrBoard *
get_board (BrInspector *self)
{
  return self->canvas != NULL ? br_canvas_get_board (self->canvas) : NULL;
}

/* The property whose row holds @widget */
static BrInspectorField *
field_of (BrInspector      *self,
          gpointer          widget,
          BrComponentField *field)
{
  for (guint i = 0; i < BR_N_FIELDS; i++)
    if (self->fields[i].widget == widget)
      {
        *field = i;
        return &self->fields[i];
      }
  /* A row removed with the rest while it ended an edit */
  return NULL;
}

static void
set_shown (BrInspectorField *state,
           char             *text)
{
  g_free (state->shown);
  state->shown = text;
}

static void
show_error (BrInspectorField *state,
            const char       *message)
{
  GtkWidget *entry = state->widget;

  g_free (state->error);
  state->error = g_strdup (message);
  adw_action_row_set_subtitle (state->row, message != NULL ? message : state->hint != NULL ? state->hint : "");
  if (message != NULL)
    {
      gtk_widget_add_css_class (entry, "error");
      gtk_widget_add_css_class (GTK_WIDGET (state->row), "error");
      gtk_accessible_update_state (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_STATE_INVALID,
                                   GTK_ACCESSIBLE_INVALID_TRUE, -1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                      message, -1);
    }
  else
    {
      gtk_widget_remove_css_class (entry, "error");
      gtk_widget_remove_css_class (GTK_WIDGET (state->row), "error");
      gtk_accessible_reset_state (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_STATE_INVALID);
      gtk_accessible_reset_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }
}

/* "12,000" and " 3 " read as numbers; anything else is not one */
static gboolean
parse_number (const char *text,
              double     *value)
{
  g_autoptr(GString) plain = g_string_new (NULL);
  char *end = NULL;

  for (const char *p = text; *p != '\0'; p++)
    if (*p != ',' && *p != '_' && !g_ascii_isspace (*p))
      g_string_append_c (plain, *p);
  if (plain->len == 0)
    return FALSE;
  *value = g_ascii_strtod (plain->str, &end);
  return end != NULL && *end == '\0';
}

void
_br_inspector_commit_entry (BrInspector *self,
                            GtkEditable *entry)
{
  const char *ids[] = { self->item_id, NULL };
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  BrBoard *board = get_board (self);
  BrInspectorField *state;
  BrComponentField field;
  double value;

  if (board == NULL || self->item_id == NULL)
    return;
  state = field_of (self, entry, &field);
  if (state == NULL)
    return;
  text = g_strstrip (g_strdup (gtk_editable_get_text (entry)));
  if (g_strcmp0 (text, state->shown) == 0)
    {
      show_error (state, NULL);
      return;
    }
  if (text[0] == '\0')
    br_board_unset_field (board, ids, field);
  else if (!parse_number (text, &value))
    {
      br_component_field_check (field, NAN, &error);
      show_error (state, error->message);
      return;
    }
  else if (!br_board_set_field (board, ids, field, value, &error) && error != NULL)
    {
      show_error (state, error->message);
      return;
    }
  set_shown (state, g_steal_pointer (&text));
  show_error (state, NULL);
}

static void
entry_activated (GtkEntry    *entry,
                 BrInspector *self)
{
  _br_inspector_commit_entry (self, GTK_EDITABLE (entry));
}

static void
entry_focus_left (GtkEventControllerFocus *controller,
                  BrInspector             *self)
{
  _br_inspector_commit_entry (self, GTK_EDITABLE (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller))));
}

/* Escape puts back the value shown */
static gboolean
entry_key_pressed (GtkEventControllerKey *controller,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        modifiers,
                   BrInspector           *self)
{
  GtkWidget *entry = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  BrInspectorField *state;
  BrComponentField field;

  if (keyval != GDK_KEY_Escape || (state = field_of (self, entry, &field)) == NULL)
    return FALSE;
  gtk_editable_set_text (GTK_EDITABLE (entry), state->shown != NULL ? state->shown : "");
  show_error (state, NULL);
  return TRUE;
}

static void
switch_toggled (GtkSwitch   *toggle,
                GParamSpec  *pspec,
                BrInspector *self)
{
  const char *ids[] = { self->item_id, NULL };
  BrBoard *board = get_board (self);
  BrComponentField field;

  if (board == NULL || field_of (self, toggle, &field) == NULL)
    return;
  br_board_set_field (board, ids, field, gtk_switch_get_active (toggle), NULL);
}

static void
combo_selected (AdwComboRow *row,
                GParamSpec  *pspec,
                BrInspector *self)
{
  const char *ids[] = { self->item_id, NULL };
  guint selected = adw_combo_row_get_selected (row);
  BrBoard *board = get_board (self);
  BrComponentField field;

  if (board == NULL || selected == GTK_INVALID_LIST_POSITION ||
      field_of (self, row, &field) == NULL)
    return;
  if (field == BR_FIELD_TYPE)
    {
      /* The first choice is the type the label gives */
      if (selected == 0)
        br_board_unset_field (board, ids, field);
      else
        br_board_set_field (board, ids, field, selected - 1, NULL);
    }
  else
    br_board_set_field (board, ids, field, selected, NULL);
}

/* ---------------------------------------------------------------------- */
/* The rows                                                                */

static BrInspectorField *
remember_row (BrInspector      *self,
              BrComponentField  field,
              GtkWidget        *widget)
{
  self->fields[field].widget = widget;
  return &self->fields[field];
}

/* Forgets the rows' state, when they go */
void
_br_inspector_clear_fields (BrInspector *self)
{
  for (guint i = 0; i < BR_N_FIELDS; i++)
    {
      g_free (self->fields[i].hint);
      g_free (self->fields[i].shown);
      g_free (self->fields[i].error);
    }
  memset (self->fields, 0, sizeof self->fields);
  g_clear_pointer (&self->item_id, g_free);
}

static GtkWidget *
add_type_row (BrInspector        *self,
              const BrItem       *item)
{
  g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);
  g_autofree char *automatic = NULL;
  const char *title = br_component_field_title (BR_FIELD_TYPE);
  AdwComboRow *row;
  BrStencil inferred;
  guint selected = 0;

  if (item->kind == BR_ITEM_STENCIL)
    {
      AdwActionRow *plain = ADW_ACTION_ROW (adw_action_row_new ());

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (plain), title);
      adw_action_row_set_subtitle (plain, br_stencil_get_default_label (item->stencil));
      gtk_list_box_append (self->properties_list, GTK_WIDGET (plain));
      return GTK_WIDGET (plain);
    }

  if (br_review_infer_type (item->label, &inferred))
    /* Translators: the type the review gives a shape from its label, "Inferred from label: Cache" */
    automatic = g_strdup_printf (_("Inferred from label: %s"), br_stencil_get_default_label (inferred));
  else
    /* Translators: a shape whose label names no kind of component */
    automatic = g_strdup (_("Untyped"));
  gtk_string_list_append (model, automatic);
  for (guint i = 0; i < BR_N_STENCILS; i++)
    gtk_string_list_append (model, br_stencil_get_default_label (i));
  gtk_string_list_append (model, _("Not a component"));

  if (br_item_has_field (item, BR_FIELD_TYPE))
    selected = (guint) br_item_get_field (item, BR_FIELD_TYPE, 0) + 1;

  row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (row, G_LIST_MODEL (model));
  adw_combo_row_set_selected (row, selected);
  g_signal_connect (row, "notify::selected", G_CALLBACK (combo_selected), self);
  gtk_list_box_append (self->properties_list, GTK_WIDGET (row));
  return GTK_WIDGET (row);
}

static void
add_field_row (BrInspector        *self,
               const BrItem       *item,
               BrComponentField    field,
               const BrReviewNode *node,
               const BrReviewEdge *edge)
{
  const char *title = br_component_field_title (field);
  double value = 0;
  gboolean known = effective_value (field, node, edge, &value);
  gboolean set = br_item_has_field (item, field);

  if (set)
    value = br_item_get_field (item, field, 0);

  switch (br_component_field_kind (field))
    {
    case BR_FIELD_BOOLEAN:
      {
        AdwActionRow *row = ADW_ACTION_ROW (adw_action_row_new ());
        GtkWidget *toggle = gtk_switch_new ();

        adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
        gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
        gtk_switch_set_active (GTK_SWITCH (toggle), (set || known) && value != 0);
        br_accessible_set_label (toggle, title);
        g_signal_connect (toggle, "notify::active", G_CALLBACK (switch_toggled), self);
        adw_action_row_add_suffix (row, toggle);
        adw_action_row_set_activatable_widget (row, toggle);
        gtk_list_box_append (self->properties_list, GTK_WIDGET (row));
        remember_row (self, field, toggle);
      }
      break;

    case BR_FIELD_CHOICE:
      {
        static const char * const carries[] = { N_("Reads and writes"), N_("Reads"), N_("Writes") };
        g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);
        AdwComboRow *row = ADW_COMBO_ROW (adw_combo_row_new ());

        for (guint i = 0; i < G_N_ELEMENTS (carries); i++)
          gtk_string_list_append (model, _(carries[i]));
        adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
        adw_combo_row_set_model (row, G_LIST_MODEL (model));
        adw_combo_row_set_selected (row, MIN ((guint) value, G_N_ELEMENTS (carries) - 1));
        g_signal_connect (row, "notify::selected", G_CALLBACK (combo_selected), self);
        gtk_list_box_append (self->properties_list, GTK_WIDGET (row));
        remember_row (self, field, GTK_WIDGET (row));
      }
      break;

    case BR_FIELD_NUMBER:
    case BR_FIELD_INTEGER:
    default:
      {
        AdwActionRow *row = ADW_ACTION_ROW (adw_action_row_new ());
        GtkWidget *entry = gtk_entry_new ();
        GtkEventController *focus = gtk_event_controller_focus_new ();
        GtkEventController *key = gtk_event_controller_key_new ();
        const char *hint = field_unit (field);
        g_autofree char *text = set ? format_number (value) : g_strdup ("");
        BrInspectorField *state;

        adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
        /* A cache behind a cache sees only the first one's misses */
        if (field == BR_FIELD_HIT_RATE && _br_inspector_behind_cache (self, node))
          hint = _("Its reads are the first cache's misses: expect a lower hit rate than the first cache's");
        if (hint != NULL)
          adw_action_row_set_subtitle (row, hint);
        adw_action_row_set_subtitle_lines (row, 0);
        gtk_widget_set_valign (entry, GTK_ALIGN_CENTER);
        gtk_editable_set_width_chars (GTK_EDITABLE (entry), 8);
        gtk_entry_set_input_purpose (GTK_ENTRY (entry), GTK_INPUT_PURPOSE_NUMBER);
        gtk_editable_set_text (GTK_EDITABLE (entry), text);
        if (known)
          {
            g_autofree char *placeholder = format_number (value);

            gtk_entry_set_placeholder_text (GTK_ENTRY (entry), placeholder);
          }
        br_accessible_set_label (entry, title);
        g_signal_connect (entry, "activate", G_CALLBACK (entry_activated), self);
        g_signal_connect (focus, "leave", G_CALLBACK (entry_focus_left), self);
        gtk_widget_add_controller (entry, focus);
        g_signal_connect (key, "key-pressed", G_CALLBACK (entry_key_pressed), self);
        gtk_widget_add_controller (entry, key);
        adw_action_row_add_suffix (row, entry);
        adw_action_row_set_activatable_widget (row, entry);
        gtk_list_box_append (self->properties_list, GTK_WIDGET (row));
        state = remember_row (self, field, entry);
        state->row = row;
        state->hint = g_strdup (hint);
        set_shown (state, g_steal_pointer (&text));
      }
      break;
    }
}

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

/* What the rows depend on: when it changes they are built again */
char *
_br_inspector_shape_of (const BrItem       *item,
          const BrReviewNode *node,
          const BrReviewEdge *edge)
{
  if (item == NULL)
    return NULL;
  return g_strdup_printf ("%s:%d:%d:%d:%d:%d", item->id, item->kind, item->stencil,
                          node != NULL ? (int) node->type : -1, node != NULL && node->store,
                          (int) (edge != NULL) + (br_item_has_field (item, BR_FIELD_TYPE) ? 2 : 0));
}

void
_br_inspector_rebuild (BrInspector        *self,
         const BrItem       *item,
         const BrReviewNode *node,
         const BrReviewEdge *edge)
{
  /* The rows' state goes first: removing a focused entry ends its edit,
   * and with no row to say what it edits that commits nothing */
  _br_inspector_clear_fields (self);
  clear_list (self->properties_list);
  if (item != NULL)
    {
      self->item_id = g_strdup (item->id);
      if (item->kind != BR_ITEM_ARROW)
        remember_row (self, BR_FIELD_TYPE, add_type_row (self, item));
      for (guint field = 0; field < BR_N_FIELDS; field++)
        {
          gboolean relevant = item->kind == BR_ITEM_ARROW
                                ? br_component_field_is_arrow (field)
                                : field_relevant (field, node);

          if (relevant && field != BR_FIELD_TYPE)
            add_field_row (self, item, field, node, edge);
        }
    }
}

/* Whether the user typed in @entry something not yet committed (or
 * refused), which a new value must not overwrite */
static gboolean
editing (const BrInspectorField *state)
{
  return state->error != NULL ||
         g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (state->widget)),
                    state->shown != NULL ? state->shown : "") != 0;
}

/* Values changed elsewhere (undo, another view) reach the rows not being
 * edited */
void
_br_inspector_refresh_values (BrInspector        *self,
                              const BrItem       *item,
                              const BrReviewNode *node,
                              const BrReviewEdge *edge)
{
  for (guint field = 0; field < BR_N_FIELDS; field++)
    {
      BrInspectorField *state = &self->fields[field];
      GtkWidget *widget = state->widget;
      double value = 0;
      gboolean known = effective_value (field, node, edge, &value);
      gboolean set = br_item_has_field (item, field);

      if (widget == NULL || field == BR_FIELD_TYPE)
        continue;
      if (set)
        value = br_item_get_field (item, field, 0);
      /* Showing a value is no edit of it */
      if (GTK_IS_SWITCH (widget))
        {
          g_signal_handlers_block_by_func (widget, switch_toggled, self);
          gtk_switch_set_active (GTK_SWITCH (widget), (set || known) && value != 0);
          g_signal_handlers_unblock_by_func (widget, switch_toggled, self);
        }
      else if (ADW_IS_COMBO_ROW (widget))
        {
          g_signal_handlers_block_by_func (widget, combo_selected, self);
          adw_combo_row_set_selected (ADW_COMBO_ROW (widget), (guint) value);
          g_signal_handlers_unblock_by_func (widget, combo_selected, self);
        }
      else if (GTK_IS_ENTRY (widget) && !editing (state))
        {
          g_autofree char *text = set ? format_number (value) : g_strdup ("");
          g_autofree char *placeholder = known ? format_number (value) : NULL;

          gtk_editable_set_text (GTK_EDITABLE (widget), text);
          gtk_entry_set_placeholder_text (GTK_ENTRY (widget), placeholder);
          set_shown (state, g_steal_pointer (&text));
        }
    }
}

