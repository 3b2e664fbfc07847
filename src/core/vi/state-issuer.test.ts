import { describe, expect, it } from 'vitest';
import { stateIssuerOf } from './state-issuer';

describe('stateIssuerOf', () => {
  it.each([
    ['Huyện ủy Cái Nước', 'HUYỆN CÁI NƯỚC', 'Cái Nước'],
    ['Đảng ủy xã Trần Thới', 'XÃ TRẦN THỚI', 'Trần Thới'],
    ['Đảng ủy thị trấn Cái Nước', 'THỊ TRẤN CÁI NƯỚC', 'Cái Nước'],
    ['Tỉnh ủy Cà Mau', 'TỈNH CÀ MAU', 'Cà Mau'],
    ['Đảng bộ tỉnh Cà Mau', 'TỈNH CÀ MAU', 'Cà Mau'],
    ['Đảng ủy phường An Xuyên', 'PHƯỜNG AN XUYÊN', 'An Xuyên'],
    ['Thành ủy Cần Thơ', 'THÀNH PHỐ CẦN THƠ', 'Cần Thơ'],
    ['Xã Tân Hưng Đông', 'XÃ TÂN HƯNG ĐÔNG', 'Tân Hưng Đông'],
    // "uỷ" with the old tone placement, decomposed as a Mac sends it.
    ['Huyện uỷ Đầm Dơi'.normalize('NFD'), 'HUYỆN ĐẦM DƠI', 'Đầm Dơi'],
  ])('%s is signed by the people’s committee of %s', (name, second, place) => {
    const issuer = stateIssuerOf(name);
    expect(issuer?.lines).toEqual(['ỦY BAN NHÂN DÂN', second]);
    expect(issuer?.place).toBe(place);
  });

  it('names the issuer inside a sentence with the level in lower case and the place as written', () => {
    expect(stateIssuerOf('Huyện ủy Cái Nước')?.name).toBe('Ủy ban nhân dân huyện Cái Nước');
    expect(stateIssuerOf('Đảng ủy thị trấn Cái Nước')?.name).toBe('Ủy ban nhân dân thị trấn Cái Nước');
    expect(stateIssuerOf('Thành ủy Cần Thơ')?.name).toBe('Ủy ban nhân dân thành phố Cần Thơ');
  });

  it('gives no issuer for a name that does not say its level', () => {
    expect(stateIssuerOf('Ban Tuyên giáo')).toBeNull();
    expect(stateIssuerOf('Huyện ủy')).toBeNull();
  });
});
