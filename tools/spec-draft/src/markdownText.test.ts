import { describe, expect, it } from 'vitest';
import { cellText, headingKey } from './markdownText.ts';

describe('cellText', () => {
  it.each([
    ['an escaped asterisk in a formula', '分摊后总价=share\\_price\\*num', '分摊后总价=share_price*num'],
    ['escaped asterisks between words', '长\\*宽\\*高', '长*宽*高'],
    ['bold markers', '**必须**', '必须'],
    ['bold around an escaped asterisk', '**单价\\*数量**', '单价*数量'],
    ['line breaks', '0：否<br>1：是', '0：否\n1：是'],
  ])('keeps %s as the page showed it', (_label, cell, text) => {
    expect(cellText(cell)).toBe(text);
  });
});

describe('headingKey', () => {
  it('reduces a bold, escaped heading to its name', () => {
    expect(headingKey('**order\\_list**')).toBe('order_list');
  });
});
