//! Tables: borderless, aligned, sized to the terminal, long cells cut with `…`.

use super::{Data, NumberFormat, lookup, table_text};
use crate::ui::{Ui, sanitize};
use comfy_table::{Cell, CellAlignment, ContentArrangement, Table, presets};
use serde_json::Value;

const MAX_CELL: usize = 60;

pub fn render(data: &Data, wide: bool, ui: &Ui) -> String {
    let mut table = Table::new();
    table.load_style(presets::NOTHING);
    table.force_no_tty();
    if let Some(width) = ui.width() {
        table.set_width(width);
        table.set_content_arrangement(ContentArrangement::Dynamic);
    }
    table.set_truncation_indicator("…");

    if data.columns.is_empty() {
        return render_fields(table, &data.value);
    }
    let columns: Vec<_> = data.columns.iter().filter(|c| wide || !c.wide).collect();
    table.set_header(columns.iter().map(|c| header(&c.header, ui)));
    let rows: Vec<&Value> = match &data.value {
        Value::Array(items) => items.iter().collect(),
        other => vec![other],
    };
    for item in rows {
        let cells = columns.iter().map(|c| {
            let text = lookup(item, &c.key)
                .map(|v| table_text(v, c.number))
                .unwrap_or_default();
            let text = sanitize(&text).into_owned();
            Cell::new(if wide { text } else { cut(&text) })
        });
        let row = comfy_table::Row::from(cells);
        table.add_row(row);
    }
    for row in table.row_iter_mut() {
        row.max_height(1);
    }
    // The id is what the user copies into the next command: never cut it, cut others.
    for (i, c) in columns.iter().enumerate() {
        if c.key == "id"
            && let Some(col) = table.column_mut(i)
        {
            col.set_constraint(comfy_table::ColumnConstraint::ContentWidth);
        }
    }
    finish(table)
}

fn render_fields(mut table: Table, value: &Value) -> String {
    match value {
        Value::Object(map) => {
            for (key, value) in map {
                flatten(&mut table, key, value);
            }
        }
        other => {
            table.add_row(vec![
                sanitize(&table_text(other, NumberFormat::Plain)).into_owned(),
            ]);
        }
    }
    finish(table)
}

fn flatten(table: &mut Table, key: &str, value: &Value) {
    match value {
        Value::Object(map) if !map.is_empty() => {
            for (k, v) in map {
                flatten(table, &format!("{key}.{k}"), v);
            }
        }
        other => {
            table.add_row(vec![
                Cell::new(format!("{}:", sanitize(key))).set_alignment(CellAlignment::Left),
                Cell::new(sanitize(&table_text(other, NumberFormat::Plain))),
            ]);
        }
    }
}

fn header(text: &str, ui: &Ui) -> Cell {
    let cell = Cell::new(sanitize(text));
    if ui.color_stdout {
        cell.add_attribute(comfy_table::Attribute::Bold)
    } else {
        cell
    }
}

fn cut(text: &str) -> String {
    let first_line = text.lines().next().unwrap_or("");
    if first_line.chars().count() > MAX_CELL || first_line.len() < text.len() {
        let mut s: String = first_line.chars().take(MAX_CELL - 1).collect();
        s.push('…');
        s
    } else {
        text.to_string()
    }
}

fn finish(table: Table) -> String {
    let mut out = String::new();
    for line in table.lines() {
        out.push_str(line.trim_end());
        out.push('\n');
    }
    // presets::NOTHING pads each cell with one space on both sides; drop the leading one.
    out.lines()
        .map(|l| l.strip_prefix(' ').unwrap_or(l))
        .collect::<Vec<_>>()
        .join("\n")
        + if out.is_empty() { "" } else { "\n" }
}
