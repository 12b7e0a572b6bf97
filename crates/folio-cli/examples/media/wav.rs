//! A chime: bell-like tones (a sine with two overtones, each fading), mono, 16-bit PCM
//! at 8 kHz, in a RIFF/WAVE file.

const RATE: u32 = 8_000;

/// About 12 seconds: a phrase of tones from a fixed scale, twice, then a long last note.
pub fn chime() -> Vec<u8> {
    let scale = [392.0, 440.0, 523.25, 587.33, 659.25, 783.99];
    let mut seed: u32 = 17;
    let mut notes = Vec::new();
    for _ in 0..2 {
        for _ in 0..8 {
            seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            notes.push((scale[(seed >> 16) as usize % scale.len()], 0.6));
        }
    }
    notes.push((392.0, 2.4));
    let total: f64 = notes.iter().map(|(_, d)| d).sum::<f64>() + 1.0;
    let mut samples = vec![0.0f64; (total * f64::from(RATE)) as usize];
    let mut at = 0.0;
    for (freq, length) in notes {
        let start = (at * f64::from(RATE)) as usize;
        let ring = ((length + 1.0) * f64::from(RATE)) as usize;
        for i in 0..ring.min(samples.len() - start) {
            let t = i as f64 / f64::from(RATE);
            let fade = (-t * 3.0 / length.max(0.8)).exp();
            let tone = (std::f64::consts::TAU * freq * t).sin()
                + 0.4 * (std::f64::consts::TAU * freq * 2.01 * t).sin()
                + 0.15 * (std::f64::consts::TAU * freq * 3.02 * t).sin();
            samples[start + i] += 0.18 * fade * tone;
        }
        at += length;
    }
    let data: Vec<u8> = samples
        .iter()
        .flat_map(|s| ((s.clamp(-1.0, 1.0) * 32_000.0) as i16).to_le_bytes())
        .collect();
    let mut out = Vec::with_capacity(44 + data.len());
    out.extend_from_slice(b"RIFF");
    out.extend_from_slice(&(36 + data.len() as u32).to_le_bytes());
    out.extend_from_slice(b"WAVEfmt ");
    out.extend_from_slice(&16u32.to_le_bytes());
    out.extend_from_slice(&1u16.to_le_bytes()); // PCM
    out.extend_from_slice(&1u16.to_le_bytes()); // mono
    out.extend_from_slice(&RATE.to_le_bytes());
    out.extend_from_slice(&(RATE * 2).to_le_bytes());
    out.extend_from_slice(&2u16.to_le_bytes());
    out.extend_from_slice(&16u16.to_le_bytes());
    out.extend_from_slice(b"data");
    out.extend_from_slice(&(data.len() as u32).to_le_bytes());
    out.extend_from_slice(&data);
    out
}
